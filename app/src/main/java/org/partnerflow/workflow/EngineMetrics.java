package org.partnerflow.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's work waiting, for whoever runs the service: tasks past their due date (people behind),
 * jobs due to run (timers and asynchronous steps: a queue that only grows means the job executor is
 * stuck or too small), and jobs that failed at every retry (an incident someone must look at in
 * Cockpit). Counted when read; the engine's services are looked up then too, so registering these
 * does not start the engine early.
 */
@Component
class EngineMetrics {

    private final ObjectProvider<TaskService> tasks;
    private final ObjectProvider<ManagementService> jobs;

    // The gauges hold this bean weakly; the context holds it for as long as it runs.
    EngineMetrics(MeterRegistry registry, ObjectProvider<TaskService> tasks, ObjectProvider<ManagementService> jobs) {
        this.tasks = tasks;
        this.jobs = jobs;
        Gauge.builder("partnerflow.tasks.overdue", this,
                        m -> m.tasks.getObject().createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count())
                .description("Open tasks past their due date")
                .register(registry);
        Gauge.builder("partnerflow.jobs.executable", this, m -> m.jobs.getObject().createJobQuery().executable().count())
                .description("Engine jobs due to run now")
                .register(registry);
        Gauge.builder("partnerflow.jobs.failed", this, m -> m.jobs.getObject().createJobQuery().noRetriesLeft().count())
                .description("Engine jobs that failed at every retry (incidents)")
                .register(registry);
    }
}
