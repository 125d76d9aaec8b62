package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.Race;
import org.partnerflow.testsupport.Race.Contender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people claiming, or completing, the same task at the same moment on real threads: exactly one
 * succeeds, the other is told plainly, and nothing of the loser's is written. Each race is run
 * {@value #ROUNDS} times; how the loser lost is counted for docs/reliability.md.
 */
class TaskRaceTest extends PartnerflowSpringTest {

    static final int ROUNDS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(TaskRaceTest.class);

    @Autowired
    TaskAssignments assignments;
    @Autowired
    HistoryService historyService;

    @Test
    void twoPeopleClaimingTheSameTaskAtOnce() throws Exception {
        String[] leads = twoPartnershipLeads();
        Map<String, Integer> tally = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Task task = raiseEnquiry("Claim race " + round + " " + System.nanoTime());

            List<Throwable> outcomes = Race.run(people, Arrays.stream(leads)
                    .map(lead -> new Contender(() -> people.signInAs(lead), () -> assignments.claim(task.getId()))).toList());

            String winner = leads[outcomes.indexOf(null)];
            Throwable refused = onlyFailure(outcomes);
            assertThat(WorkflowProblems.explain(refused)).isEqualTo("Someone else has just claimed this task (" + winner + ").");
            assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(winner);
            tally.merge(lostAtTheLock(refused) ? "lost at the engine's optimistic lock" : "lost at the check (already claimed)",
                    1, Integer::sum);
        }
        LOG.info("Claim race, {} rounds: {}", ROUNDS, tally);
        assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROUNDS);
    }

    @Test
    void twoPeopleCompletingTheSameTaskAtOnce() throws Exception {
        String[] leads = twoPartnershipLeads();
        Map<String, Integer> tally = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Task task = raiseEnquiry("Completion race " + round + " " + System.nanoTime());

            List<Throwable> outcomes = Race.run(people, Arrays.stream(leads)
                    .map(lead -> new Contender(() -> people.signInAs(lead), () -> completion.complete(task.getId(),
                            Map.of("decision", "decline", "decisionReason", "Declined by " + lead)))).toList());

            String winner = leads[outcomes.indexOf(null)];
            Throwable refused = onlyFailure(outcomes);
            assertThat(WorkflowProblems.explain(refused)).isEqualTo(WorkflowProblems.TASK_GONE);
            // The winner's answers are the ones kept, written once.
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .variableName("decisionReason").singleResult().getValue()).isEqualTo("Declined by " + winner);
            assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getDeleteReason())
                    .isEqualTo("completed");
            tally.merge(refused.getCause() == null ? "lost at the check (task already gone)"
                    : "lost inside the engine command (" + refused.getCause().getClass().getSimpleName() + ")", 1, Integer::sum);
        }
        LOG.info("Completion race, {} rounds: {}", ROUNDS, tally);
        assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROUNDS);
    }

    private String[] twoPartnershipLeads() {
        return new String[] {people.ensure(Role.PARTNERSHIP_LEAD), people.ensure("test-partnership-lead-2", Role.PARTNERSHIP_LEAD)};
    }

    private static Throwable onlyFailure(List<Throwable> outcomes) {
        assertThat(outcomes).as("exactly one of the two succeeds").filteredOn(Objects::isNull).hasSize(1);
        return outcomes.stream().filter(Objects::nonNull).findFirst().orElseThrow();
    }

    /** Whether both got past the checks and the engine's version check at commit decided. */
    private static boolean lostAtTheLock(Throwable refused) {
        return refused.getCause() instanceof OptimisticLockingException
                || Arrays.stream(refused.getSuppressed()).anyMatch(OptimisticLockingException.class::isInstance);
    }
}
