package org.partnerflow.testsupport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.workflow.TaskCompletion;
import org.springframework.stereotype.Component;

/** Improvement projects walked through their forms by their lead, as a partnership lead would. */
@Component
public class TestImprovements {

    private final TestPeople people;
    private final TaskCompletion completion;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final ManagementService managementService;

    public TestImprovements(TestPeople people, TaskCompletion completion, RepositoryService repositoryService, TaskService taskService,
                            ManagementService managementService) {
        this.people = people;
        this.completion = completion;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    public static Map<String, Object> project(String name) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", name);
        v.put("participants", "Eastfield Primary, Northfield Academy; Glasgow City Council");
        v.put("enquiryQuestion", "Does a breakfast club raise attendance among pupils in SIMD 1-2?");
        v.put("inequityIssue", "Attendance of pupils from the most deprived areas is 6 points lower");
        v.put("planLinks", "School improvement plan priority 2; authority plan: attendance");
        v.put("criticalIndicators", List.of("secondary-attendance"));
        v.put("team", "Depute heads lead; pupil support staff run the club");
        return v;
    }

    /** Forms the project (as the lead), identifies the challenge and defines one measure, attendance in %. */
    public ProcessInstance start(String lead, String name) {
        people.signInAs(lead);
        ProcessInstance p;
        try {
            String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("action-research")
                    .latestVersion().singleResult().getId();
            p = completion.start(definitionId, project(name));
        } finally {
            people.signOut();
        }
        work(p, "Activity_IdentifyChallenge", lead, Map.of("challengeData", "Attendance 88% against 94%", "evidenceSummary",
                "Attendance data 2024-25; pupil voice survey"));
        work(p, "Activity_DefineSuccess", lead, Map.of("measures",
                "Attendance; %; higher; SEEMiS weekly returns; 88; 2026-08-20; 92; 2027-06-30", "prediction",
                "A free breakfast brings pupils in on time"));
        return p;
    }

    public static Map<String, Object> plan(String idea) {
        return Map.of("changeIdea", idea, "changeWho", "P5-P7 at Eastfield", "tryFrom", LocalDate.now().toString(),
                "tryUntil", LocalDate.now().plusWeeks(6).toString(), "monitorEvery", "P7D");
    }

    /** The monitor timer fires and the lead records the attendance value measured on the date. */
    public void record(ProcessInstance p, String lead, String on, String value) {
        fire(p, "Event_MonitorDue");
        work(p, "Activity_RecordMeasureValues", lead, Map.of("measuredOn", on, "measureValues", "Attendance; " + value));
    }

    public void fire(ProcessInstance p, String timer) {
        Job job = managementService.createJobQuery().processInstanceId(p.getId()).activityId(timer).singleResult();
        if (job == null) {
            throw new AssertionError("No timer " + timer + " waiting in project " + p.getId());
        }
        managementService.executeJob(job.getId());
    }

    public void work(ProcessInstance p, String activity, String userId, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey(activity).singleResult();
        if (task == null) {
            throw new AssertionError("No task at " + activity + " in project " + p.getId());
        }
        people.signInAs(userId);
        try {
            completion.complete(task.getId(), values);
        } finally {
            people.signOut();
        }
    }
}
