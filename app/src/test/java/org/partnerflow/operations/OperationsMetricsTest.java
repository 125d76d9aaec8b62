package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributorRegistry;

/** The domain gauges count what is there when read; health is made of the database and the engine. */
class OperationsMetricsTest extends PartnerflowSpringTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    TestReferrals referrals;
    @Autowired
    HealthContributorRegistry health;

    private double open(String stage) {
        return registry.get("partnerflow.referral.cases.open").tag("stage", stage).gauge().value();
    }

    @Test
    void raisingAConcernAddsOneOpenCaseAtAssessment() {
        double assessment = open("assessment");
        double screening = open("child_protection");

        referrals.raise(people.ensure(Role.PRACTITIONER), "Gauge" + System.nanoTime(), null, "no");

        assertThat(open("assessment")).isEqualTo(assessment + 1);
        assertThat(open("child_protection")).isEqualTo(screening);
    }

    @Test
    void anImmediateRiskIsCountedAtChildProtection() {
        double screening = open("child_protection");

        referrals.raise(people.ensure(Role.PRACTITIONER), "Gauge" + System.nanoTime(), null, "yes");

        assertThat(open("child_protection")).isEqualTo(screening + 1);
    }

    @Test
    void closedAndJoinedCasesAreNotCountedAsOpen() {
        assertThat(registry.find("partnerflow.referral.cases.open").tag("stage", "closed").gauge()).isNull();
        assertThat(registry.find("partnerflow.referral.cases.open").tag("stage", "joined").gauge()).isNull();
    }

    @Test
    void theEngineAndNotificationGaugesReadCounts() {
        assertThat(registry.get("partnerflow.tasks.overdue").gauge().value()).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(registry.get("partnerflow.jobs.executable").gauge().value()).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(registry.get("partnerflow.jobs.failed").gauge().value()).isNotNaN().isGreaterThanOrEqualTo(0);
        for (String state : new String[] {"waiting", "retrying", "gave_up", "no_address"}) {
            assertThat(registry.get("partnerflow.notifications.unsent").tag("state", state).gauge().value()).as(state)
                    .isNotNaN().isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void healthIsTheDatabaseAndTheEngine() {
        assertThat(health.getContributor("db")).isNotNull();
        assertThat(health.getContributor("processEngine")).isNotNull();
        // The job executor is off in the tests (application-test.yml); where it runs, Camunda's
        // jobExecutor indicator is DOWN when it is not active. Mail counts only where spring.mail.host is set.
        assertThat(health.getContributor("jobExecutor")).isNull();
        assertThat(health.getContributor("mail")).isNull();
    }
}
