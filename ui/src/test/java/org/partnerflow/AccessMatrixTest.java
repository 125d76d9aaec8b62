package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.identity.LoginView;
import org.partnerflow.identity.Role;
import org.partnerflow.improvement.ImprovementProjectList;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.TestImprovements;
import org.partnerflow.testsupport.TestPartnerships;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every view route × every role (and anonymous) × own record, someone else's record and no such
 * record, against one table of what the product's rules allow. The routes come from the router's own
 * registry, so a new view without a row fails here. Every refusal of a signed-in person is checked in
 * the access log; so is every allowed opening of a record whose feature logs openings.
 */
class AccessMatrixTest extends KaribuSpringTest {

    /** What the person sees. */
    enum Outcome {
        /** S: the page itself. */
        SHOWN,
        /** R: the page refuses this record ("No access", "no longer open"): logged as refused. */
        REFUSED,
        /** N: the page says there is no such record. */
        NO_SUCH,
        /** U: the page, saying the person's roles do not do this here (nothing opened, nothing to log). */
        NOT_YOUR_ROLE,
        /** D: the route's role guard refuses the page: logged as refused. */
        DENIED,
        /** L: sent to sign in (anonymous). */
        SIGN_IN
    }

    /** Own: a record the person is on by the product's rule for their role. Other: someone else's. None: no such id. */
    enum Kind { OWN, OTHER, NONE, PAGE }

    /**
     * Columns: anonymous, then the roles in {@link Role} order (each test person of a role belongs to the
     * fixtures' council, Glasgow City), then the authority dimension: a manager of another council
     * (Renfrewshire) and a manager of the region only (West Partnership); then the agency dimension: a
     * practitioner who joined a case's team for their agency (health visiting), and one whose agency
     * (police) is only invited to it, their invitation offered to them. "-": no such record for that
     * column (not checked).
     */
    private static final List<String> COLUMNS = List.of("anonymous", "practitioner", "named-person", "lead-professional",
            "partner-agency", "child-protection", "partnership-lead", "manager", "admin", "manager@renfrewshire", "manager@west-partnership",
            "partner-agency@joined", "partner-agency@invited");

    // S shown, R refused by the page, N no such record, U not your role, D denied by the role guard, L sign in.
    private static final String EXPECTED = """
            route                        kind   anon prac np lp pa cp pl mgr admin  mgrRen mgrReg  paJoin paInv
            login                        page   S    S    S  S  S  S  S  S   S    S      S      S      S
            ""                           page   L    S    S  S  S  S  S  S   S    S      S      S      S
            start                        page   L    S    S  S  S  S  S  U   U    U      U      S      S
            notifications                page   L    S    S  S  S  S  S  S   S    S      S      S      S
            notifications/settings       page   L    S    S  S  S  S  S  S   S    S      S      S      S
            tasks/:taskId                own    -    -    S  -  -  S  S  -   -    -      -      -      S
            tasks/:taskId                other  L    R    R  R  R  R  R  R   R    R      R      R      R
            tasks/:taskId                none   L    R    R  R  R  R  R  R   R    R      R      R      R
            concerns/new                 page   L    S    S  S  S  S  U  U   U    U      U      S      S
            caseload                     page   L    S    S  S  S  S  S  S   S    S      S      S      S
            cases/:concernId             own    -    S    S  S  S  S  -  -   -    -      -      S      R
            cases/:concernId             other  L    R    R  R  R  R  R  S   R    R      R      R      R
            cases/:concernId             none   L    R    R  R  R  R  R  R   R    R      R      R      R
            cases/:concernId/family-plan own    -    R    S  R  R  S  -  -   -    -      -      S      R
            cases/:concernId/family-plan other  L    R    R  R  R  R  R  S   R    R      R      R      R
            cases/:concernId/family-plan none   L    R    R  R  R  R  R  R   R    R      R      R      R
            children/:childId            own    -    R    S  R  R  S  -  -   -    -      -      S      R
            children/:childId            other  L    R    R  R  R  R  R  S   R    R      R      R      R
            children/:childId            none   L    R    R  R  R  R  R  R   R    R      R      R      R
            partnerships                 page   L    S    S  S  S  S  S  S   S    S      S      S      S
            partnerships/new             page   L    U    U  U  U  U  S  U   U    U      U      U      U
            partnerships/:partnershipId  own    -    -    -  -  -  -  S  -   -    -      -      -      -
            partnerships/:partnershipId  other  L    S    S  S  S  S  S  S   S    S      S      S      S
            partnerships/:partnershipId  none   L    N    N  N  N  N  N  N   N    N      N      N      N
            organisations                page   L    S    S  S  S  S  S  S   S    S      S      S      S
            organisations/:organisationId other L    S    S  S  S  S  S  S   S    S      S      S      S
            organisations/:organisationId none  L    N    N  N  N  N  N  N   N    N      N      N      N
            improvement                  page   L    S    S  S  S  S  S  S   S    S      S      S      S
            improvement/new              page   L    U    U  U  U  U  S  U   U    U      U      U      U
            improvement/:projectId       own    -    -    -  -  -  -  S  -   -    -      -      -      -
            improvement/:projectId       other  L    S    S  S  S  S  S  S   S    S      S      S      S
            improvement/:projectId       none   L    N    N  N  N  N  N  N   N    N      N      N      N
            learning                     page   L    S    S  S  S  S  S  S   S    S      S      S      S
            indicators                   page   L    S    S  S  S  S  S  S   S    S      S      S      S
            oversight                    page   L    D    D  D  D  D  D  S   S    S      S      D      D
            oversight/heat/:processKey   other  L    D    D  D  D  D  D  S   S    S      S      D      D
            oversight/heat/:processKey   none   L    D    D  D  D  D  D  N   N    N      N      D      D
            establishments               page   L    D    D  D  D  D  D  S   S    S      S      D      D
            agencies                     page   L    D    D  D  D  D  D  S   S    S      S      D      D
            holidays                     page   L    D    D  D  D  D  D  S   S    S      S      D      D
            unsent-mail                  page   L    D    D  D  D  D  D  D   S    D      D      D      D
            admin/directory-groups       page   L    D    D  D  D  D  D  D   S    D      D      D      D
            demo-mailbox                 page   L    D    D  D  D  D  D  D   S    D      D      D      D
            handovers                    page   L    D    D  D  D  D  D  S   D    S      S      D      D
            audit/access                 page   L    D    D  D  D  D  D  S   S    S      S      D      D
            audit/retention              page   L    D    D  D  D  D  D  S   S    S      S      D      D
            audit/:type/:id              own    -    D    D  D  D  D  -  -   -    -      -      D      D
            audit/:type/:id              other  L    D    D  D  D  D  D  S   R    R      R      D      D
            audit/:type/:id              none   L    D    D  D  D  D  D  R   R    R      R      D      D
            audit/:type/:id/print        own    -    D    D  D  D  D  -  -   -    -      -      D      D
            audit/:type/:id/print        other  L    D    D  D  D  D  D  S   R    R      R      D      D
            audit/:type/:id/print        none   L    D    D  D  D  D  D  R   R    R      R      D      D
            """;

    private static final Map<String, Outcome> CODES = Map.of("S", Outcome.SHOWN, "R", Outcome.REFUSED, "N", Outcome.NO_SUCH,
            "U", Outcome.NOT_YOUR_ROLE, "D", Outcome.DENIED, "L", Outcome.SIGN_IN);

    /** A concrete address for a route and the record it names in the access log (null: logged as a page). */
    record Address(String path, String recordType, String recordId) {
    }

    @Autowired
    WebApplicationContext web;
    @Autowired
    TestReferrals referrals;
    @Autowired
    TestPartnerships partnerships;
    @Autowired
    TestImprovements improvements;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Partnerships partnershipRecords;
    @Autowired
    ImprovementProjectList projects;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRouteEveryRoleEveryKindOfRecordAsTheRulesSay() throws IOException {
        Map<String, Map<Kind, Map<String, Outcome>>> expected = table();
        Set<String> routes = registeredRoutes();
        assertThat(expected.keySet()).as("rows of the expectation table for every registered route, and no more")
                .containsExactlyInAnyOrderElementsOf(routes);

        Map<String, Map<Kind, Map<String, Address>>> addresses = fixtures();
        int checks = 0;
        int logged = 0;
        List<String> wrong = new ArrayList<>();
        for (String column : COLUMNS) {
            String person = column.equals("anonymous") ? null : person(column);
            if (person == null) {
                openUiAnonymously();
            } else {
                openUiAs(person);
            }
            for (Map.Entry<String, Map<Kind, Map<String, Outcome>>> route : expected.entrySet()) {
                for (Map.Entry<Kind, Map<String, Outcome>> kind : route.getValue().entrySet()) {
                    Outcome want = kind.getValue().get(column);
                    if (want == null) {
                        continue;
                    }
                    Address address = addresses.getOrDefault(route.getKey(), Map.of()).getOrDefault(kind.getKey(), Map.of()).get(column);
                    assertThat(address).as("a fixture for %s %s %s", route.getKey(), kind.getKey(), column).isNotNull();
                    long refusalsBefore = person == null ? 0 : logRows(person, address, false);
                    long openingsBefore = person == null ? 0 : logRows(person, address, true);
                    Outcome got = visit(address.path());
                    checks++;
                    if (got != want) {
                        wrong.add(column + " at /" + address.path() + " (" + kind.getKey() + "): expected " + want + ", got " + got);
                        continue;
                    }
                    if (person != null && (got == Outcome.REFUSED || got == Outcome.DENIED)) {
                        logged++;
                        if (logRows(person, address, false) <= refusalsBefore) {
                            wrong.add(column + " at /" + address.path() + ": refused but no refusal in the access log for "
                                    + address.recordType() + " " + address.recordId());
                        }
                    }
                    if (person != null && got == Outcome.SHOWN && logsOpenings(route.getKey())) {
                        logged++;
                        if (logRows(person, address, true) <= openingsBefore) {
                            wrong.add(column + " at /" + address.path() + ": opened but not logged as allowed");
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("cells of the access matrix that do not hold").isEmpty();
        Path out = Path.of("target", "access-matrix", "views.properties");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "routes=" + routes.size() + "\ncolumns=" + COLUMNS.size() + "\nchecks=" + checks
                + "\naccessLogChecks=" + logged + "\n");
    }

    /** The routes Vaadin registered in the running application (not a hand list), with Karibu's the same. */
    private Set<String> registeredRoutes() {
        Set<String> registered = ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()))
                .getRegisteredRoutes().stream().map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        openUiAnonymously();
        Set<String> mocked = com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        MockVaadin.tearDown();
        assertThat(registered).as("the application registers views").isNotEmpty().isEqualTo(mocked);
        return registered;
    }

    /** Navigates the signed-in person's UI (one per column: a refused navigation leaves it usable). */
    private Outcome visit(String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Access is denied")) {
                return Outcome.DENIED;
            }
            throw e;
        }
        Component target = (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        if (target instanceof LoginView && !path.equals("login")) {
            return Outcome.SIGN_IN;
        }
        String text = target.getElement().getTextRecursively();
        if (text.contains("No access") || text.contains("This task is no longer open")) {
            return Outcome.REFUSED;
        }
        if (text.contains("No such ")) {
            return Outcome.NO_SUCH;
        }
        if (text.contains("Your roles do not") || text.contains("Partnership leads propose") || text.contains("Partnership leads start")) {
            return Outcome.NOT_YOUR_ROLE;
        }
        return Outcome.SHOWN;
    }

    private long logRows(String person, Address address, boolean granted) {
        String type = address.recordType() == null ? "page" : address.recordType();
        String id = address.recordType() == null ? "/" + address.path() : address.recordId();
        return jdbc.queryForObject("select count(*) from record_access_log where user_id = ? and record_type = ? and record_id = ? and granted = ?",
                Long.class, person, type, id, granted);
    }

    /** Features that log every opening: the case page, the child's record and the history pages. */
    private static boolean logsOpenings(String route) {
        return route.startsWith("cases/") || route.startsWith("children/") || route.startsWith("audit/:type");
    }

    /** The test person of a column: a role's (of the fixtures' council), or a manager of the authority after the "@". */
    private String person(String column) {
        int at = column.indexOf('@');
        if (at < 0) {
            return people.ensure(role(column));
        }
        String authority = column.substring(at + 1);
        if (column.startsWith(Role.PARTNER_AGENCY.groupId() + "@")) {
            String agency = authority.equals("joined") ? TestReferrals.HEALTH_VISITING : TestReferrals.POLICE;
            return people.ensureIn("matrix-agency-" + authority, List.of("agency." + agency, "glasgow-city"), Role.PARTNER_AGENCY);
        }
        return people.ensureIn("matrix-" + column.substring(0, at) + "-" + authority, List.of(authority), role(column.substring(0, at)));
    }

    private static Role role(String column) {
        return Arrays.stream(Role.values()).filter(r -> r.groupId().equals(column)).findFirst().orElseThrow();
    }

    private static Map<String, Map<Kind, Map<String, Outcome>>> table() {
        Map<String, Map<Kind, Map<String, Outcome>>> table = new LinkedHashMap<>();
        EXPECTED.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.trim().split("\\s+");
            assertThat(cells).as("row %s", line).hasSize(2 + COLUMNS.size());
            assertThat(Arrays.stream(cells).skip(2)).as("codes in row %s", line).allMatch(c -> c.equals("-") || CODES.containsKey(c));
            String route = cells[0].equals("\"\"") ? "" : cells[0];
            Map<String, Outcome> row = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String cell = cells[2 + i];
                if (!cell.equals("-")) {
                    row.put(COLUMNS.get(i), CODES.get(cell));
                }
            }
            assertThat(table.computeIfAbsent(route, r -> new EnumMap<>(Kind.class)).put(Kind.valueOf(cells[1].toUpperCase()), row))
                    .as("one row per route and kind: %s", line).isNull();
        });
        return table;
    }

    /** Records for every route that names one: each role's own where the rules give one, someone else's, and none. */
    private Map<String, Map<Kind, Map<String, Address>>> fixtures() {
        Map<String, Map<Kind, Map<String, Address>>> all = new LinkedHashMap<>();
        String unique = String.valueOf(System.nanoTime());

        // Someone else's case: raised by another practitioner about a child of a Glasgow City nursery that has no Named Person
        // (so not the test Named Person's establishment); its assessment, offered to the council's coordinators, claimed by one.
        String raiser = people.ensure("matrix-raiser", Role.PRACTITIONER);
        // At a school with no Named Person, so its assessment goes to the council's coordinators: the other
        // Named Person is one, the test Named Person (Named Person of other schools) is not.
        String otherNamedPerson = people.ensureIn("matrix-named-person", List.of("glasgow-city", "named-person-coordinators.glasgow-city"),
                Role.NAMED_PERSON);
        ProcessInstance otherReferral = referrals.raise(raiser, "Ailsa", "Other" + unique, "Riverside Nursery", null, "no");
        long otherCase = concerns.findByProcessInstanceId(otherReferral.getId()).orElseThrow().getId();
        Task otherTask = taskService.createTaskQuery().processInstanceId(otherReferral.getId()).singleResult();
        people.signInAs(otherNamedPerson);
        taskService.claim(otherTask.getId(), otherNamedPerson);
        people.signOut();

        Map<String, Address> ownCase = new LinkedHashMap<>();
        // The child of the concern the role raised: a raiser alone may not open the child's record.
        Map<String, Address> ownChild = new LinkedHashMap<>();
        Map<String, Address> ownTask = new LinkedHashMap<>();
        Map<String, Address> ownCaseHistory = new LinkedHashMap<>();
        // The family's plan is for the team working on the case: whoever only raised the concern is refused it.
        Map<String, Address> ownFamilyPlan = new LinkedHashMap<>();
        Map<String, Address> ownCaseHistoryPrint = new LinkedHashMap<>();
        for (Role raising : List.of(Role.PRACTITIONER, Role.NAMED_PERSON, Role.LEAD_PROFESSIONAL, Role.PARTNER_AGENCY, Role.CHILD_PROTECTION)) {
            boolean escalated = raising == Role.CHILD_PROTECTION;
            ProcessInstance referral = referrals.raise(people.ensure(raising), "Own" + unique, null, escalated ? "yes" : "no");
            long id = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
            ownCase.put(raising.groupId(), new Address("cases/" + id, "child-case", String.valueOf(id)));
            long child = concerns.findById(id).orElseThrow().getChild().getId();
            ownChild.put(raising.groupId(), new Address("children/" + child, "child-record", String.valueOf(child)));
            ownCaseHistory.put(raising.groupId(), new Address("audit/case/" + id, "child-case", String.valueOf(id)));
            ownFamilyPlan.put(raising.groupId(), new Address("cases/" + id + "/family-plan", "child-case", String.valueOf(id)));
            ownCaseHistoryPrint.put(raising.groupId(), new Address("audit/case/" + id + "/print", "child-case", String.valueOf(id)));
            // Offered to the person: the Named Person's assessment (to the school's Named Persons), child protection's screening.
            String group = raising.groupId();
            taskService.createTaskQuery().processInstanceId(referral.getId()).taskCandidateUser(people.ensure(raising)).list().stream().findFirst()
                    .ifPresent(t -> ownTask.put(group, new Address("tasks/" + t.getId(), "task", t.getId())));
        }

        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String otherLead = people.ensure("matrix-lead", Role.PARTNERSHIP_LEAD);
        List<TestPartnerships.Partner> partners = partnerships.partners(2);
        long ownPartnership = partnershipRecords.findByProcessInstanceId(
                partnerships.propose(lead, TestPartnerships.proposal("Own " + unique, "school-cluster", partners)).getId()).orElseThrow().getId();
        long otherPartnership = partnershipRecords.findByProcessInstanceId(
                partnerships.propose(otherLead, TestPartnerships.proposal("Other " + unique, "school-cluster", partners)).getId()).orElseThrow().getId();
        ProcessInstance ownImprovement = improvements.start(lead, "Own " + unique);
        long ownProject = projects.projectOf(ownImprovement.getId()).orElseThrow();
        long otherProject = projects.projectOf(improvements.start(otherLead, "Other " + unique).getId()).orElseThrow();
        Task leadsTask = taskService.createTaskQuery().processInstanceId(ownImprovement.getId()).taskAssignee(lead).list().get(0);
        ownTask.put(Role.PARTNERSHIP_LEAD.groupId(), new Address("tasks/" + leadsTask.getId(), "task", leadsTask.getId()));

        // A team around a child: health visiting joined (its practitioner named as who joins), police only invited.
        String joined = person("partner-agency@joined");
        String invited = person("partner-agency@invited");
        ProcessInstance team = referrals.raise(raiser, "Ailsa", "Team" + unique, "Riverside Nursery", null, "no");
        referrals.work(team, "Activity_NamedPersonAssessment", otherNamedPerson, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(team, "Activity_ConfirmPathway", otherNamedPerson, Map.of("pathwayChoice", "accept"));
        referrals.work(team, "Activity_RecordConsent", otherNamedPerson, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance and health", "consentAgencies", List.of("health", "police"), "consentDate", "2026-11-20"));
        referrals.work(team, "Activity_AppointLeadProfessional", people.ensure("matrix-lead-professional", Role.LEAD_PROFESSIONAL),
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING, TestReferrals.POLICE)));
        referrals.answerInvitation(team, TestReferrals.HEALTH_VISITING, joined, TestReferrals.joins(joined));
        long teamCase = concerns.findByProcessInstanceId(team.getId()).orElseThrow().getId();
        long teamChild = concerns.findById(teamCase).orElseThrow().getChild().getId();
        Task invitation = taskService.createTaskQuery().processInstanceId(team.getId()).taskCandidateUser(invited).singleResult();
        for (String column : List.of("partner-agency@joined", "partner-agency@invited")) {
            ownCase.put(column, new Address("cases/" + teamCase, "child-case", String.valueOf(teamCase)));
            ownChild.put(column, new Address("children/" + teamChild, "child-record", String.valueOf(teamChild)));
            ownFamilyPlan.put(column, new Address("cases/" + teamCase + "/family-plan", "child-case", String.valueOf(teamCase)));
            ownCaseHistory.put(column, new Address("audit/case/" + teamCase, "child-case", String.valueOf(teamCase)));
            ownCaseHistoryPrint.put(column, new Address("audit/case/" + teamCase + "/print", "child-case", String.valueOf(teamCase)));
        }
        ownTask.put("partner-agency@invited", new Address("tasks/" + invitation.getId(), "task", invitation.getId()));

        put(all, "tasks/:taskId", Kind.OWN, ownTask);
        put(all, "tasks/:taskId", Kind.OTHER, new Address("tasks/" + otherTask.getId(), "task", otherTask.getId()));
        put(all, "tasks/:taskId", Kind.NONE, new Address("tasks/no-such-task", "task", "no-such-task"));
        put(all, "cases/:concernId", Kind.OWN, ownCase);
        put(all, "cases/:concernId", Kind.OTHER, new Address("cases/" + otherCase, "child-case", String.valueOf(otherCase)));
        put(all, "cases/:concernId", Kind.NONE, new Address("cases/987654321", "child-case", "987654321"));
        put(all, "cases/:concernId/family-plan", Kind.OWN, ownFamilyPlan);
        put(all, "cases/:concernId/family-plan", Kind.OTHER, new Address("cases/" + otherCase + "/family-plan", "child-case", String.valueOf(otherCase)));
        put(all, "cases/:concernId/family-plan", Kind.NONE, new Address("cases/987654321/family-plan", "child-case", "987654321"));
        long otherChild = concerns.findById(otherCase).orElseThrow().getChild().getId();
        put(all, "children/:childId", Kind.OWN, ownChild);
        put(all, "children/:childId", Kind.OTHER, new Address("children/" + otherChild, "child-record", String.valueOf(otherChild)));
        put(all, "children/:childId", Kind.NONE, new Address("children/987654321", "child-record", "987654321"));
        put(all, "partnerships/:partnershipId", Kind.OWN, Map.of(Role.PARTNERSHIP_LEAD.groupId(),
                new Address("partnerships/" + ownPartnership, "partnership", String.valueOf(ownPartnership))));
        put(all, "partnerships/:partnershipId", Kind.OTHER, new Address("partnerships/" + otherPartnership, "partnership", String.valueOf(otherPartnership)));
        put(all, "partnerships/:partnershipId", Kind.NONE, new Address("partnerships/987654321", "partnership", "987654321"));
        long organisation = partners.get(0).organisation().getId();
        put(all, "organisations/:organisationId", Kind.OTHER, new Address("organisations/" + organisation, "organisation", String.valueOf(organisation)));
        put(all, "organisations/:organisationId", Kind.NONE, new Address("organisations/987654321", "organisation", "987654321"));
        put(all, "improvement/:projectId", Kind.OWN, Map.of(Role.PARTNERSHIP_LEAD.groupId(),
                new Address("improvement/" + ownProject, "improvement-project", String.valueOf(ownProject))));
        put(all, "improvement/:projectId", Kind.OTHER, new Address("improvement/" + otherProject, "improvement-project", String.valueOf(otherProject)));
        put(all, "improvement/:projectId", Kind.NONE, new Address("improvement/987654321", "improvement-project", "987654321"));
        put(all, "oversight/heat/:processKey", Kind.OTHER, new Address("oversight/heat/girfec-referral", null, null));
        put(all, "oversight/heat/:processKey", Kind.NONE, new Address("oversight/heat/no-such-process", null, null));
        put(all, "audit/:type/:id", Kind.OWN, ownCaseHistory);
        put(all, "audit/:type/:id", Kind.OTHER, new Address("audit/case/" + otherCase, "child-case", String.valueOf(otherCase)));
        put(all, "audit/:type/:id", Kind.NONE, new Address("audit/case/987654321", "child-case", "987654321"));
        put(all, "audit/:type/:id/print", Kind.OWN, ownCaseHistoryPrint);
        put(all, "audit/:type/:id/print", Kind.OTHER, new Address("audit/case/" + otherCase + "/print", "child-case", String.valueOf(otherCase)));
        put(all, "audit/:type/:id/print", Kind.NONE, new Address("audit/case/987654321/print", "child-case", "987654321"));
        for (String page : List.of("login", "", "notifications", "start", "concerns/new", "caseload", "partnerships", "partnerships/new", "organisations",
                "improvement", "improvement/new", "learning", "indicators", "oversight", "establishments", "agencies", "holidays", "unsent-mail", "admin/directory-groups", "demo-mailbox", "notifications/settings", "handovers", "audit/access", "audit/retention")) {
            put(all, page, Kind.PAGE, new Address(page, null, null));
        }
        return all;
    }

    private static void put(Map<String, Map<Kind, Map<String, Address>>> all, String route, Kind kind, Address sameForEveryone) {
        put(all, route, kind, COLUMNS.stream().collect(Collectors.toMap(c -> c, c -> sameForEveryone)));
    }

    private static void put(Map<String, Map<Kind, Map<String, Address>>> all, String route, Kind kind, Map<String, Address> byColumn) {
        all.computeIfAbsent(route, r -> new EnumMap<>(Kind.class)).put(kind, byColumn);
    }
}
