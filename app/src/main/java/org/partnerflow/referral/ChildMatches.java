package org.partnerflow.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the child a concern is about is already known, without revealing anything about other
 * children: the answer says only whether the details typed match a record, nearly match one, or
 * clash with one.
 *
 * <p>The rule: only a Scottish Candidate Number the raiser typed, belonging to a recorded child with
 * the same family name and date of birth, joins the concern to that record by itself. Anything less
 * (the same names and date of birth without that number, or another given name) is a possible match
 * that the Named Person confirms or rejects; until then the concern has a record of its own made of
 * exactly what was typed. A recorded child whose number differs from the one typed is another child.
 */
@Service
public class ChildMatches {

    /** What is known about the child described. */
    public enum Match {
        /** The Scottish Candidate Number typed is this child's: the concern joins their record. */
        KNOWN,
        /** A recorded child may be this one: the Named Person checks before the records are joined. */
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
        if (known(familyName, dateOfBirth, candidateNumber).isPresent()) {
            return Match.KNOWN;
        }
        if (clashes(familyName, dateOfBirth, candidateNumber)) {
            return Match.CANDIDATE_NUMBER_CLASH;
        }
        return possible(familyName, dateOfBirth, candidateNumber).isEmpty() ? Match.NEW : Match.POSSIBLE_DUPLICATE;
    }

    /** The child's record if the candidate number typed is theirs and their family name and birth date agree. */
    Optional<Child> known(String familyName, LocalDate dateOfBirth, String candidateNumber) {
        if (candidateNumber == null || candidateNumber.isBlank()) {
            return Optional.empty();
        }
        return children.findByCandidateNumber(candidateNumber)
                .filter(c -> c.getDateOfBirth().equals(dateOfBirth) && c.getFamilyName().equalsIgnoreCase(familyName));
    }

    /**
     * Recorded children who may be this one: the same family name and date of birth, unless both have
     * a candidate number and the numbers differ (twins, for example).
     */
    List<Child> possible(String familyName, LocalDate dateOfBirth, String candidateNumber) {
        String typed = candidateNumber == null || candidateNumber.isBlank() ? null : candidateNumber;
        return children.findPossibleDuplicates(familyName, dateOfBirth).stream()
                .filter(c -> typed == null || c.getCandidateNumber() == null || c.getCandidateNumber().equals(typed))
                .toList();
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
