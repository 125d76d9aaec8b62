package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What the family reads, from the records as they are: the one assembler ({@link FamilyPlans#of}) and
 * the one renderer ({@link FamilyPlanHtml}), without a database. The PDF's own checks are
 * {@link FamilyPlanPdfTest}'s.
 */
class FamilyPlanAssemblyTest {

    private static final UnaryOperator<String> NAMES = id -> switch (id) {
        case "np-1" -> "Morag Reid";
        case "lp-1" -> "Kamal Shah";
        default -> "Someone Else";
    };
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static WellbeingConcern concern(String namedPerson, String leadProfessional) {
        Child child = new Child("Ailsa", "Brown", LocalDate.of(2016, 4, 12), "Eastfield Primary", null, "eastfield-primary",
                "glasgow-city", Instant.parse("2026-11-18T10:00:00Z"), "raiser");
        WellbeingConcern concern = new WellbeingConcern(child, child.details(), "process", "raiser", Instant.parse("2026-11-18T10:00:00Z"),
                LocalDate.of(2026, 11, 18), "Tired and hungry", "school", false, EnumSet.of(WellbeingIndicator.NURTURED, WellbeingIndicator.HEALTHY));
        if (namedPerson != null) {
            concern.assessedBy(namedPerson);
        }
        if (leadProfessional != null) {
            concern.appointLeadProfessional(leadProfessional);
        }
        return concern;
    }

    private static ChildsPlanVersion plan(String leadProfessional, LocalDate review, List<PlanAction> actions) {
        return ChildsPlanVersion.first(1L, 2, Instant.parse("2026-11-25T14:00:00Z"), "lp-1", leadProfessional, "Ailsa is often hungry and tired",
                "Family support worker, weekly", review,
                Map.of(WellbeingIndicator.NURTURED, "Has a calm bedtime", WellbeingIndicator.HEALTHY, "Eats breakfast every school day"),
                actions);
    }

    private static TeamMember accepted(String agency, String practitioner) {
        TeamMember member = new TeamMember(1L, agency, "team member");
        member.accept(practitioner, LocalDate.of(2026, 11, 22));
        return member;
    }

    @Test
    void aMultiAgencyPlanInTheFamilysWords() {
        WellbeingConcern concern = concern("np-1", "lp-1");
        ChildsPlanVersion plan = plan("lp-1", LocalDate.of(2027, 2, 1), List.of(
                new PlanAction("Breakfast club every morning", "Mrs Hay", "Education", "2027-01-31"),
                new PlanAction("Bedtime routine chart", null, null, null)));
        TeamMember invited = new TeamMember(1L, "police", "team member");

        FamilyPlan family = FamilyPlans.of(concern, concern.getChild().details(), plan,
                List.of(accepted("health", "Dr Shona Bell"), invited), NAMES, TODAY);

        assertThat(family.title()).isEqualTo("The plan for Ailsa Brown");
        assertThat(family.introduction()).contains("agreed on 25 Nov 2026", "version 2");
        assertThat(family.worries()).containsExactly("Ailsa is often hungry and tired",
                "The parts of Ailsa's wellbeing this is about: Healthy, Nurtured.");
        assertThat(family.wellbeingWords()).contains("safe, healthy, achieving, nurtured, active, respected, responsible and included");
        assertThat(family.help()).as("in the indicators' order, then other help").containsExactly(
                new FamilyPlan.Help("Healthy", "Eats breakfast every school day"),
                new FamilyPlan.Help("Nurtured", "Has a calm bedtime"),
                new FamilyPlan.Help("Other help", "Family support worker, weekly"));
        assertThat(family.actions()).containsExactly(
                new FamilyPlan.Action("Breakfast club every morning", "Mrs Hay", "Education", "31 Jan 2027"),
                new FamilyPlan.Action("Bedtime routine chart", "Still to be agreed", "", "No date set yet"));
        assertThat(family.nextMeeting()).startsWith("We will meet again on 1 Feb 2027");
        assertThat(family.contacts()).as("the Lead Professional first, explained; only agencies that joined")
                .extracting(FamilyPlan.Contact::role, FamilyPlan.Contact::name, FamilyPlan.Contact::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lead Professional", "Kamal Shah", ""),
                        org.assertj.core.groups.Tuple.tuple("Named Person", "Morag Reid", "Eastfield Primary"),
                        org.assertj.core.groups.Tuple.tuple("Health", "Dr Shona Bell", ""));
        assertThat(family.contacts().get(0).whatTheyDo()).contains("Makes sure everyone does what this plan says");
        assertThat(family.contacts().get(1).whatTheyDo()).contains("any worry about Ailsa's wellbeing").doesNotContain("look after this plan");
        assertThat(family.closing()).contains("Made on 2 Dec 2026", "tell Kamal Shah");
    }

    @Test
    void aMeetingDatePassedSaysWhomToAskAndOnePersonInBothPartsIsOneContact() {
        WellbeingConcern concern = concern("np-1", "np-1");
        FamilyPlan family = FamilyPlans.of(concern, concern.getChild().details(), plan("np-1", LocalDate.of(2026, 11, 30), List.of()),
                List.of(), NAMES, TODAY);

        assertThat(family.nextMeeting()).isEqualTo("We planned to meet on 30 Nov 2026 to look at how things are going. "
                + "If you have not heard when we will meet, ask Morag Reid.");
        assertThat(family.contacts()).singleElement().satisfies(c -> {
            assertThat(c.role()).isEqualTo("Named Person and Lead Professional");
            assertThat(c.name()).isEqualTo("Morag Reid");
        });
    }

    /** A plan changed at review: a met outcome says it has happened, a done action says so, one no longer needed is left out. */
    @Test
    void aChangedPlanSaysWhatHasHappenedAndLeavesOutWhatIsNoLongerNeeded() {
        WellbeingConcern concern = concern("np-1", "lp-1");
        PlanAction club = new PlanAction("Breakfast club every morning", "Mrs Hay", "Education", "2027-01-31");
        PlanAction chart = new PlanAction("Bedtime routine chart", "Mrs Hay", "Education", "2027-01-15");
        PlanAction visit = new PlanAction("Home visit", "Dr Shona Bell", "Health", "2027-01-20");
        Map<WellbeingIndicator, PlanOutcome> outcomes = new java.util.EnumMap<>(WellbeingIndicator.class);
        outcomes.put(WellbeingIndicator.HEALTHY, PlanOutcome.open("Eats breakfast every school day").met(LocalDate.of(2026, 11, 30)));
        outcomes.put(WellbeingIndicator.NURTURED, PlanOutcome.open("Has a calm bedtime"));
        ChildsPlanVersion plan = new ChildsPlanVersion(1L, 3, Instant.parse("2026-11-30T14:00:00Z"), "lp-1", "lp-1", "Hungry and tired",
                null, LocalDate.of(2027, 3, 1), outcomes, List.of(
                        club.changed(club.getWhat(), club.getWho(), null, club.getAgency(), club.getDueDate(), PlanAction.Status.DONE),
                        chart.changed(chart.getWhat(), chart.getWho(), null, chart.getAgency(), chart.getDueDate(), PlanAction.Status.NO_LONGER_NEEDED),
                        visit.changed(visit.getWhat(), visit.getWho(), null, visit.getAgency(), visit.getDueDate(), PlanAction.Status.NOT_DONE)));

        FamilyPlan family = FamilyPlans.of(concern, concern.getChild().details(), plan, List.of(), NAMES, TODAY);

        assertThat(family.help()).containsExactly(
                new FamilyPlan.Help("Healthy", "Eats breakfast every school day (this has happened, since 30 Nov 2026)"),
                new FamilyPlan.Help("Nurtured", "Has a calm bedtime"));
        assertThat(family.actions()).containsExactly(
                new FamilyPlan.Action("Breakfast club every morning", "Mrs Hay", "Education", "Done"),
                new FamilyPlan.Action("Home visit", "Dr Shona Bell", "Health", "Not done (was due 20 Jan 2027): we will talk about it when we meet"));
    }

    @Test
    void thePageAndThePdfShowTheSameSectionsAndRecordedTextIsNeverMarkup() {
        WellbeingConcern concern = concern("np-1", null);
        ChildsPlanVersion plan = new ChildsPlanVersion(1L, 1, Instant.parse("2026-11-25T14:00:00Z"), "np-1", null,
                "<script>alert('x')</script> & more", null, LocalDate.of(2027, 2, 1), Map.of(),
                List.of(new PlanAction("<b>Club</b>", "Mrs Hay", "Education", "31/01/2027")));
        FamilyPlan family = FamilyPlans.of(concern, concern.getChild().details(), plan, List.of(), NAMES, TODAY);

        String page = FamilyPlanHtml.forPage(family);

        assertThat(page).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more", "&lt;b&gt;Club&lt;/b&gt;")
                .doesNotContain("<script>", "<b>");
        assertThat(page).contains(FamilyPlanHtml.WORRIES, FamilyPlanHtml.HELP, FamilyPlanHtml.ACTIONS, FamilyPlanHtml.MEETING,
                FamilyPlanHtml.CONTACTS, "31 Jan 2027", "Nothing is written here yet");
        String document = FamilyPlanHtml.document(family, "").getDocumentElement().getTextContent();
        assertThat(document).as("the PDF's document says the same").contains(FamilyPlanHtml.WORRIES, FamilyPlanHtml.CONTACTS,
                "<script>alert('x')</script> & more", "31 Jan 2027");
        assertThat(family.contacts()).singleElement().satisfies(c -> assertThat(c.whatTheyDo()).endsWith("They also look after this plan."));
    }
}
