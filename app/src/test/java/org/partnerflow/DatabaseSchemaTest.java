package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.partnerflow.testsupport.enquiry.PartnershipEnquiries;
import org.partnerflow.testsupport.enquiry.PartnershipEnquiry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway owns the case-record tables; the engine owns its own; both in one database. */
class DatabaseSchemaTest extends PartnerflowSpringTest {

    @Autowired
    Flyway flyway;
    @Autowired
    PartnershipEnquiries enquiries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationIsAppliedAndHibernateValidatedTheMapping() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).extracting(m -> m.getVersion() == null ? "baseline" : m.getVersion().getVersion()).contains("1");
        assertThat(applied).allMatch(m -> m.getState() == MigrationState.SUCCESS || m.getState() == MigrationState.BASELINE);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theRepositoryWritesAndReadsACaseRecord() {
        PartnershipEnquiry saved = enquiries.saveAndFlush(new PartnershipEnquiry("Schema check " + System.nanoTime(),
                "A purpose long enough", "school", "a@example.org", 2, "someone", Instant.now(), null));

        PartnershipEnquiry read = enquiries.findById(saved.getId()).orElseThrow();
        assertThat(read.getName()).isEqualTo(saved.getName());
        assertThat(read.getStatus()).isEqualTo(PartnershipEnquiry.Status.RAISED);
        assertThat(read.getVersion()).isZero();
    }

    @Test
    void theDatabaseRefusesWhatTheDomainForbidsEvenIfCodeForgets() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "insert into partnership_enquiry (name, purpose, status, raised_at, meetings_per_year) values (?, ?, ?, ?, ?)",
                "Too many meetings", "purpose", "RAISED", java.sql.Timestamp.from(Instant.now()), 12))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theEngineTablesLiveBesideTheCaseRecords() {
        assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY", Integer.class)).isPositive();
    }
}
