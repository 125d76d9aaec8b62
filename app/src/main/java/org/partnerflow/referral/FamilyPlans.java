package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Role;
import org.partnerflow.words.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan a family takes home: the current Child's Plan in plain words, as a PDF or a printable
 * page, for the team working on the case ({@link Permissions#mayTakeFamilyPlan}). Every taking is in
 * the access log as an opening of the child's case (so the child's council's managers see it with the
 * case's other openings), the view saying which: {@value #PDF_VIEW} or {@value #PAGE_VIEW}; a refusal
 * likewise.
 *
 * <p>{@link #of} is the one place that decides what the family reads: when the plan, the meetings or
 * the team change, only it changes, and the PDF and the page follow.
 */
@Service
public class FamilyPlans {

    /** The access log's view for a generated PDF. */
    public static final String PDF_VIEW = "family-plan-pdf";
    /** The access log's view for the printable page. */
    public static final String PAGE_VIEW = "family-plan-page";

    private final CaseAccess access;
    private final ChildsPlans plans;
    private final TeamMembers team;
    private final Permissions permissions;
    private final People people;
    private final Clock clock;

    FamilyPlans(CaseAccess access, ChildsPlans plans, TeamMembers team, Permissions permissions, People people, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.team = team;
        this.permissions = permissions;
        this.people = people;
        this.clock = clock;
    }

    /** Whether the signed-in person may take this case's plan to the family: the case page offers it only then. */
    @Transactional(readOnly = true)
    public boolean mayTake(WellbeingConcern concern) {
        return permissions.mayTakeFamilyPlan(access.asCase(concern));
    }

    /**
     * The family's plan for the signed-in person, the taking logged under {@code view}; empty while no
     * plan is agreed.
     *
     * @throws NoAccessException if they may not take it (or there is no such case: the two look the same); logged
     */
    @Transactional(readOnly = true)
    public Optional<FamilyPlan> take(long concernId, String view) {
        WellbeingConcern concern = access.opened(concernId, view, c -> permissions.mayTakeFamilyPlan(access.asCase(c)));
        return of(concern);
    }

    /**
     * The family's plan as a tagged PDF, generated now and logged as {@value #PDF_VIEW}; empty while no
     * plan is agreed.
     *
     * @throws NoAccessException as {@link #take}
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(long concernId) {
        return take(concernId, PDF_VIEW).map(FamilyPlanPdf::of);
    }

    /** The file name a downloaded plan is saved under: no name of the child in it, which a shared computer's downloads would show. */
    public static String fileName(long concernId) {
        return "childs-plan-case-" + concernId + ".pdf";
    }

    /** The current plan of the case in the family's words, from what is recorded now; empty while no plan is agreed. */
    Optional<FamilyPlan> of(WellbeingConcern concern) {
        return plans.latest(concern.getId()).map(plan -> of(concern, access.childAsSeen(concern), plan,
                team.findByConcernIdOrderByIdAsc(concern.getId()), people.names(), LocalDate.now(clock.withZone(Words.ZONE))));
    }

    /** The assembling itself, from the records given: no look-up but people's names. */
    static FamilyPlan of(WellbeingConcern concern, ChildDetails child, ChildsPlanVersion plan, List<TeamMember> members,
                         UnaryOperator<String> names, LocalDate today) {
        String given = child.givenName();
        String introduction = "This is " + given + "'s plan, agreed on " + Words.date(plan.getAgreedAt())
                + " by the people helping " + given + " and your family. It says what we are worried about, what will help, "
                + "who will do what and by when, when we will meet next and who you can contact. The plan changes when we meet "
                + "to look at how things are going: this is version " + plan.getVersionNumber() + ".";

        List<String> worries = new ArrayList<>();
        worries.add(plan.getNeedsSummary());
        if (!concern.getIndicators().isEmpty()) {
            worries.add("The parts of " + given + "'s wellbeing this is about: "
                    + concern.getIndicators().stream().sorted().map(Words::of).collect(Collectors.joining(", ")) + ".");
        }
        String wellbeingWords = "Everyone in Scotland who works with children looks at the same parts of a child's wellbeing: "
                + "whether they are " + Arrays.stream(WellbeingIndicator.values()).map(i -> Words.of(i).toLowerCase(Words.LOCALE))
                        .collect(Collectors.joining(", ")).replaceFirst(", ([^,]+)$", " and $1")
                + ". The plan says what we hope for in each part that needs help.";

        List<FamilyPlan.Help> help = new ArrayList<>();
        for (Map.Entry<WellbeingIndicator, PlanOutcome> outcome : new TreeMap<>(plan.getPlanOutcomes()).entrySet()) {
            PlanOutcome o = outcome.getValue();
            help.add(new FamilyPlan.Help(Words.of(outcome.getKey()), o.isMet()
                    ? o.getText() + " (this has happened" + (o.getMetOn() == null ? "" : ", since " + Words.date(o.getMetOn())) + ")"
                    : o.getText()));
        }
        if (plan.getServices() != null && !plan.getServices().isBlank()) {
            help.add(new FamilyPlan.Help("Other help", plan.getServices()));
        }

        // An action no longer needed is no part of the plan the family takes home; a done one says so.
        List<FamilyPlan.Action> actions = plan.getActions().stream()
                .filter(a -> a.getStatus() != PlanAction.Status.NO_LONGER_NEEDED)
                .map(a -> new FamilyPlan.Action(a.getWhat(), orElse(a.getWho(), "Still to be agreed"), orElse(a.getAgency(), ""),
                        byWhen(a))).toList();

        LocalDate meeting = plan.getReviewDate();
        String nextMeeting = meeting.isBefore(today)
                ? "We planned to meet on " + Words.date(meeting) + " to look at how things are going. If you have not heard when we "
                        + "will meet, ask " + coordinatorName(concern, plan, names) + "."
                : "We will meet again on " + Words.date(meeting) + " to look at how things are going and change the plan if it "
                        + "needs to change. You and " + given + " can say what you think, at the meeting or before it.";

        List<FamilyPlan.Contact> contacts = contacts(concern, child, plan, members, names);
        String closing = "Made on " + Words.date(today) + ". If something in this plan is wrong, or you do not agree with it, tell "
                + coordinatorName(concern, plan, names) + ". This plan is about your family: keep it somewhere safe.";
        return new FamilyPlan("The plan for " + child.fullName(), child.fullName(), introduction, worries, wellbeingWords, help,
                actions, nextMeeting, contacts, closing);
    }

    private static List<FamilyPlan.Contact> contacts(WellbeingConcern concern, ChildDetails child, ChildsPlanVersion plan,
                                                     List<TeamMember> members, UnaryOperator<String> names) {
        String given = child.givenName();
        String namedPerson = concern.getNamedPerson();
        String lead = leadProfessional(concern, plan);
        List<FamilyPlan.Contact> contacts = new ArrayList<>();
        String namedPersonDoes = "The person you and " + given + " can go to with any worry about " + given
                + "'s wellbeing, and who can ask for help from others.";
        String leadDoes = "Makes sure everyone does what this plan says, and is the person to contact first about the plan.";
        if (namedPerson != null && namedPerson.equals(lead)) {
            contacts.add(new FamilyPlan.Contact(Words.of(Role.NAMED_PERSON) + " and " + Words.of(Role.LEAD_PROFESSIONAL),
                    names.apply(namedPerson), child.school(), namedPersonDoes + " " + leadDoes));
        } else {
            if (lead != null) {
                contacts.add(new FamilyPlan.Contact(Words.of(Role.LEAD_PROFESSIONAL), names.apply(lead), "", leadDoes));
            }
            if (namedPerson != null) {
                contacts.add(new FamilyPlan.Contact(Words.of(Role.NAMED_PERSON), names.apply(namedPerson), child.school(),
                        namedPersonDoes + (lead == null ? " They also look after this plan." : "")));
            }
        }
        for (TeamMember member : members) {
            if (member.getStatus() == TeamMember.Status.ACCEPTED) {
                contacts.add(new FamilyPlan.Contact(PartnerAgency.nameOf(member.getAgency()), orElse(member.getPractitioner(), ""),
                        "", "Part of the team helping " + given + "."));
            }
        }
        return contacts;
    }

    /** The Lead Professional now (the case's, which follows a change of hands), else the one the plan was agreed with. */
    private static String byWhen(PlanAction action) {
        String when = action.getByWhen() == null || action.getByWhen().isBlank() ? "No date set yet" : Words.date(action.getByWhen());
        return switch (action.getStatus()) {
            case DONE -> "Done";
            case NOT_DONE -> "Not done (was due " + when + "): we will talk about it when we meet";
            default -> when;
        };
    }

    private static String leadProfessional(WellbeingConcern concern, ChildsPlanVersion plan) {
        return concern.getLeadProfessional() != null ? concern.getLeadProfessional() : plan.getLeadProfessional();
    }

    /** Whom the family asks about the plan: its Lead Professional, or in a single-agency plan the Named Person. */
    private static String coordinatorName(WellbeingConcern concern, ChildsPlanVersion plan, UnaryOperator<String> names) {
        String coordinator = Optional.ofNullable(leadProfessional(concern, plan)).orElse(concern.getNamedPerson());
        return coordinator == null ? "the school or nursery" : names.apply(coordinator);
    }

    private static String orElse(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
