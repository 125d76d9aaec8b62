package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.CamundaBpmActuatorConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Where the job executor runs (not in the tests' shared context, which turns it off), health counts it:
 * Camunda's indicator, UP while it is active and DOWN when it has stopped, so a node whose timers no
 * longer fire is seen as unhealthy. No indicator of Partnerflow's own is needed.
 */
class JobExecutorHealthTest {

    /** Camunda's own job executor, switched on and off without threads or an engine to run jobs for. */
    static final class Switchable extends DefaultJobExecutor {
        Switchable() {
            // As in the application, it runs jobs for one engine (Camunda's details of it fail with none).
            ProcessEngineImpl engine = mock(ProcessEngineImpl.class);
            when(engine.getName()).thenReturn("default");
            processEngines.add(engine);
        }

        void active(boolean active) {
            isActive = active;
        }
    }

    private final ApplicationContextRunner withAJobExecutor = new ApplicationContextRunner()
            .withBean("jobExecutor", JobExecutor.class, Switchable::new)
            .withBean("runtimeService", RuntimeService.class, () -> mock(RuntimeService.class))
            .withBean("processEngine", ProcessEngine.class, () -> mock(ProcessEngine.class))
            .withUserConfiguration(CamundaBpmActuatorConfiguration.class);

    @Test
    void upWhileTheJobExecutorIsActiveDownWhenItStops() {
        withAJobExecutor.run(context -> {
            HealthIndicator health = context.getBean("jobExecutorHealthIndicator", HealthIndicator.class);
            Switchable jobExecutor = context.getBean(Switchable.class);

            assertThat(health.health().getStatus()).as("not started").isEqualTo(Status.DOWN);
            jobExecutor.active(true);
            assertThat(health.health().getStatus()).as("active %s", health.health().getDetails()).isEqualTo(Status.UP);
            jobExecutor.active(false);
            assertThat(health.health().getStatus()).as("stopped").isEqualTo(Status.DOWN);
        });
    }

    @Test
    void theEngineCountsToo() {
        withAJobExecutor.run(context -> assertThat(context).hasBean("processEngineHealthIndicator"));
    }

    @Test
    void noJobExecutorNoIndicator() {
        new ApplicationContextRunner()
                .withBean("runtimeService", RuntimeService.class, () -> mock(RuntimeService.class))
                .withBean("processEngine", ProcessEngine.class, () -> mock(ProcessEngine.class))
                .withUserConfiguration(CamundaBpmActuatorConfiguration.class)
                .run(context -> assertThat(context).doesNotHaveBean("jobExecutorHealthIndicator"));
    }
}
