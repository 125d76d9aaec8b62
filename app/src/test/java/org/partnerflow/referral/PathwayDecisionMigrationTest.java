package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V23 turns the pathway decisions that lived only in chronology text into records. Run here on rows
 * written in each format the chronology has held (the pathways as words, and as constants in the
 * first slice), with one that does not read so (anonymised): it is left out, not guessed. The rows
 * are rolled back afterwards.
 */
class PathwayDecisionMigrationTest extends PartnerflowSpringTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;

    /** The statements of V23's part about pathway decisions, in order. */
    private static List<String> pathwayStatements() throws IOException {
        String script = new ClassPathResource("db/migration/V23__information_sharing_pg4.sql").getContentAsString(StandardCharsets.UTF_8);
        String part = script.substring(script.indexOf("create table pathway_words"), script.indexOf("drop table pathway_words"));
        return Arrays.stream(part.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b)).toList();
    }

    @Test
    void chronologyOnlyDecisionsBecomeRecordsWhenTheyReadReliably() throws IOException {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Migrated" + System.nanoTime(), null, "no");
        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        List<String> statements = pathwayStatements();
        jdbc.execute(statements.get(0)); // the words table: its DDL outside the transaction that is rolled back
        try {
            transactions.executeWithoutResult(tx -> {
                jdbc.execute(statements.get(1));
                entry(concern, "Pathway: Universal (as the rules recommended)");
                entry(concern, "Pathway: Targeted, single agency (the rules recommended Universal; reason: Mum asked (politely); for the nurse)");
                entry(concern, "Pathway: MULTI_AGENCY (the rules recommended UNIVERSAL; reason: Social work already involved)");
                entry(concern, "[removed]");
                entry(concern, "Pathway: Something new (as the rules recommended)");
                jdbc.update("delete from pathway_decision where concern_id = ?", concern.getId());
                jdbc.execute(statements.get(2));
                jdbc.execute(statements.get(3));
                List<Map<String, Object>> rows = jdbc.queryForList("select recommended, chosen, overridden, reason from pathway_decision"
                        + " where concern_id = ? order by id", concern.getId());
                assertThat(rows).extracting(r -> r.get("RECOMMENDED") + "→" + r.get("CHOSEN") + " " + r.get("OVERRIDDEN") + " " + r.get("REASON"))
                        .containsExactlyInAnyOrder(
                                "UNIVERSAL→UNIVERSAL false null",
                                "UNIVERSAL→TARGETED_SINGLE_AGENCY true Mum asked (politely); for the nurse",
                                "UNIVERSAL→MULTI_AGENCY true Social work already involved");
                tx.setRollbackOnly();
            });
        } finally {
            jdbc.execute("drop table pathway_words");
        }
    }

    private void entry(WellbeingConcern concern, String summary) {
        Timestamp at = Timestamp.from(Instant.parse("2025-03-04T10:15:30Z"));
        jdbc.update("insert into chronology_entry (concern_id, child_id, occurred_at, recorded_at, recorded_by, kind, summary, event_date)"
                + " values (?, ?, ?, ?, ?, 'PATHWAY_DECIDED', ?, ?)", concern.getId(), concern.getChild().getId(), at, at, "test-np",
                summary, LocalDate.of(2025, 3, 4));
    }
}
