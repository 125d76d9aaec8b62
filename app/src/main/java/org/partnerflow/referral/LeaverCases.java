package org.partnerflow.referral;

import java.util.List;
import org.partnerflow.identity.Permissions;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.TaskAssignments;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leaver's work, handed over in one go by a manager of their council: the open tasks they hold
 * (reallocated, {@link TaskAssignments}) and the open cases they are Named Person or Lead Professional
 * for (a change of hands each, {@link ChangesOfHands}, which the successor takes on in the inbox).
 */
@Service
public class LeaverCases {

    private final WellbeingConcerns concerns;
    private final ChangesOfHands changes;
    private final TaskAssignments assignments;
    private final Permissions permissions;

    LeaverCases(WellbeingConcerns concerns, ChangesOfHands changes, TaskAssignments assignments, Permissions permissions) {
        this.concerns = concerns;
        this.changes = changes;
        this.assignments = assignments;
        this.permissions = permissions;
    }

    /** A case the person holds, and as what. */
    public record HeldCase(WellbeingConcern concern, boolean asNamedPerson) {
    }

    /** The open cases the person is Named Person or Lead Professional for, of the councils the signed-in manager oversees. */
    @Transactional(readOnly = true)
    public List<HeldCase> of(String person) {
        if (person == null || !permissions.mayOverseeCases()) {
            return List.of();
        }
        return concerns.findCaseload(person, PageRequest.of(0, 500)).stream()
                .filter(c -> c.getStage() != CaseStage.JOINED)
                .filter(c -> permissions.mayOverseeCasesOf(c.getChild().getAuthorityCode()))
                .map(c -> new HeldCase(c, person.equals(c.getNamedPerson())))
                .toList();
    }

    /**
     * Hands everything over to one successor with one reason: the tasks move now; each case asks the
     * successor to take it on. Either all of it is done or, if one part cannot be, none is, and the
     * refusal says which.
     *
     * @return how many tasks moved and how many cases wait for the successor
     */
    @Transactional
    public Handed handOverAll(String leaver, String successor, String reason) {
        int tasks = assignments.heldBy(leaver).isEmpty() ? 0 : assignments.reallocateAll(leaver, successor, reason);
        List<HeldCase> held = of(leaver);
        if (tasks == 0 && held.isEmpty()) {
            throw new Refusal("They hold no open task or case that you can hand over.");
        }
        for (HeldCase c : held) {
            try {
                if (c.asNamedPerson()) {
                    changes.changeNamedPerson(c.concern().getId(), c.concern().getChild().getEstablishmentCode(), successor, reason);
                }
                if (leaver.equals(c.concern().getLeadProfessional())) {
                    changes.changeLeadProfessional(c.concern().getId(), successor, reason);
                }
            } catch (Refusal refused) {
                throw new Refusal("Nothing was handed over: the case of " + c.concern().getChild().fullName() + ": " + refused.getMessage());
            }
        }
        return new Handed(tasks, held.size());
    }

    /** What a hand-over did. */
    public record Handed(int tasks, int cases) {
    }
}
