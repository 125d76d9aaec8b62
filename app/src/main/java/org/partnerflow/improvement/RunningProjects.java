package org.partnerflow.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/** The improvement project of a running action-research process, which every step writes to. */
@Service
class RunningProjects {

    private final ImprovementProjects projects;
    private final ActionResearchCycles cycles;

    RunningProjects(ImprovementProjects projects, ActionResearchCycles cycles) {
        this.projects = projects;
        this.cycles = cycles;
    }

    ImprovementProject of(DelegateExecution e) {
        return projects.findByProcessInstanceId(e.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No improvement project for process " + e.getProcessInstanceId()));
    }

    ActionResearchCycle currentCycle(ImprovementProject project) {
        return cycles.findByProjectIdAndNumber(project.getId(), project.getCurrentCycle())
                .orElseThrow(() -> new IllegalStateException("Project " + project.getId() + " has no cycle " + project.getCurrentCycle()));
    }
}
