package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the child a concern is about is already known, without revealing anything about other
 * children: the answer says only whether the details typed match a record, nearly match one, or
 * clash with one.
 */
@Service
public class ChildMatches {

    /** What is known about the child described. */
    public enum Match {
        /** The concern joins this child's existing record. */
        KNOWN,
        /** Same family name and date of birth but another given name: probably a spelling to check. */
        POSSIBLE_DUPLICATE,
        /** The Scottish Candidate Number belongs to a child with other details. */
        CANDIDATE_NUMBER_CLASH,
        /** A new child record will be made. */
        NEW
    }

    private final Children children;

    public ChildMatches(Children children) {
        this.children = children;
    }

    @Transactional(readOnly = true)
    public Match match(String givenName, String familyName, LocalDate dateOfBirth, String candidateNumber) {
        return existing(givenName, familyName, dateOfBirth, candidateNumber).map(c -> Match.KNOWN)
                .orElseGet(() -> clashes(familyName, dateOfBirth, candidateNumber) ? Match.CANDIDATE_NUMBER_CLASH
                        : children.findPossibleDuplicates(familyName, dateOfBirth).isEmpty() ? Match.NEW : Match.POSSIBLE_DUPLICATE);
    }

    /** The child's record if these details are theirs: the same candidate number and family name and birth date, or the same names and birth date. */
    Optional<Child> existing(String givenName, String familyName, LocalDate dateOfBirth, String candidateNumber) {
        if (candidateNumber != null && !candidateNumber.isBlank()) {
            Optional<Child> byNumber = children.findByCandidateNumber(candidateNumber);
            if (byNumber.isPresent()) {
                Child c = byNumber.get();
                return c.getDateOfBirth().equals(dateOfBirth) && c.getFamilyName().equalsIgnoreCase(familyName) ? byNumber : Optional.empty();
            }
        }
        return children.findPossibleDuplicates(familyName, dateOfBirth).stream()
                .filter(c -> c.getGivenName().equalsIgnoreCase(givenName))
                .findFirst();
    }

    boolean clashes(String familyName, LocalDate dateOfBirth, String candidateNumber) {
        if (candidateNumber == null || candidateNumber.isBlank()) {
            return false;
        }
        return children.findByCandidateNumber(candidateNumber)
                .filter(c -> !c.getDateOfBirth().equals(dateOfBirth) || !c.getFamilyName().equalsIgnoreCase(familyName))
                .isPresent();
    }
}
