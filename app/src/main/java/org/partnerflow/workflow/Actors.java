package org.partnerflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did the step a delegate records: the signed-in person, or null when the engine itself moved (a timer). */
public final class Actors {

    private Actors() {
    }

    public static String of(DelegateExecution e) {
        Authentication auth = e.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
