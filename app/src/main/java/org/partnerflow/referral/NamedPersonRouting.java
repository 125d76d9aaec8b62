package org.partnerflow.referral;

import org.partnerflow.establishment.Establishment;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.identity.Role;
import org.springframework.stereotype.Service;

/**
 * Who the Named Person's tasks of a concern are offered to: the Named Persons of the child's own
 * establishment, or, while it has none, its authority's Named Person coordinators (which the
 * chronology says, so that a manager sees the gap). A record from before establishments were
 * recorded has none, and its tasks go to every Named Person, as they did.
 */
@Service
class NamedPersonRouting {

    private final EstablishmentRegister register;
    private final Chronology chronology;

    NamedPersonRouting(EstablishmentRegister register, Chronology chronology) {
        this.register = register;
        this.chronology = chronology;
    }

    /** The engine group of the child's own Named Persons, for the concern's tasks. */
    String namedPersonsOf(Child child, WellbeingConcern concern) {
        if (child.getEstablishmentCode() == null) {
            return Role.NAMED_PERSON.groupId();
        }
        Establishment establishment = register.find(child.getEstablishmentCode())
                .orElseThrow(() -> new IllegalStateException("The child's establishment is not in the register"));
        EstablishmentRegister.AssessmentRoute route = register.assessmentRoute(establishment);
        if (route.toCoordinators()) {
            String authority = register.authority(establishment.getAuthorityCode()).map(a -> a.getName()).orElse("the authority");
            chronology.record(concern, ChronologyEntry.Kind.OFFERED_TO_COORDINATORS, establishment.getName()
                    + " has no Named Person recorded: the concern is offered to " + authority + "'s Named Person coordinators", null);
        }
        return route.group();
    }
}
