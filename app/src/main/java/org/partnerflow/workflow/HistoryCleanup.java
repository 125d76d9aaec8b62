package org.partnerflow.workflow;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The engine's history cleanup as people are told of it (the retention page). */
@Component
public class HistoryCleanup {

    private final ProcessEngineConfigurationImpl engine;

    HistoryCleanup(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    /** When the engine's history cleanup runs ("between 22:00 and 06:00"), or that it is not scheduled. */
    public String window() {
        String start = engine.getHistoryCleanupBatchWindowStartTime();
        return start == null ? "(not scheduled: no cleanup window is set)"
                : "between " + start + " and " + engine.getHistoryCleanupBatchWindowEndTime();
    }
}
