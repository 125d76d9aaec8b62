package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnerflow.agency.Agency;
import org.partnerflow.agency.AgencyRegister;
import org.partnerflow.audit.HistoryLink;
import org.partnerflow.audit.HistoryTimeline;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;

/**
 * A child's case: who the child is, where the case stands and what happens next, wellbeing over
 * time, and the chronology. Only people on the case see any of it; everyone else sees a plain
 * "no access" page, and both are written to the access log.
 */
@Route("cases/:concernId")
@PageTitle("Child's case | Partnerflow")
@PermitAll
public class CasePage extends VerticalLayout implements BeforeEnterObserver {

    static final String VIEW_NAME = "case-page";

    private final ChildsCases cases;
    private final HistoryTimeline timelines;
    private final ReferralFamily family;
    private final People people;
    private final ChildRecord childRecords;
    private final ChangesOfHands changesOfHands;
    private final FamilyPlans familyPlans;
    private final InformationSharing sharing;
    private final PathwayOverrides pathways;
    private final TeamAroundTheChildMeetings meetings;
    private final AgencyRegister agencies;
    private final ChildsPlanEditing planEditing;
    private final ReviewInvitations reviewInvitations;
    private long concernId;

    public CasePage(ChildsCases cases, HistoryTimeline timelines, ReferralFamily family, People people, ChildRecord childRecords,
                    ChangesOfHands changesOfHands, FamilyPlans familyPlans, InformationSharing sharing, PathwayOverrides pathways,
                    TeamAroundTheChildMeetings meetings, AgencyRegister agencies, ChildsPlanEditing planEditing,
                    ReviewInvitations reviewInvitations) {
        this.reviewInvitations = reviewInvitations;
        this.agencies = agencies;
        this.planEditing = planEditing;
        this.familyPlans = familyPlans;
        this.sharing = sharing;
        this.pathways = pathways;
        this.meetings = meetings;
        this.childRecords = childRecords;
        this.changesOfHands = changesOfHands;
        this.family = family;
        this.people = people;
        this.timelines = timelines;
        this.cases = cases;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            concernId = Long.parseLong(event.getRouteParameters().get("concernId").orElse(""));
            show(cases.open(concernId, VIEW_NAME));
        } catch (NumberFormatException | NoAccessException e) {
            showNoAccess();
        }
    }

    private void showNoAccess() {
        H2 title = new H2("No access");
        title.setId("no-access");
        add(title, new Paragraph(new NoAccessException().getMessage()),
                new Paragraph("If you need to be on this case, ask its Named Person or Lead Professional."),
                new RouterLink("Back to inbox", org.partnerflow.workflow.InboxView.class));
    }

    private void show(CaseFile file) {
        WellbeingConcern concern = file.concern();
        ChildDetails child = file.child();
        H2 title = new H2(child.fullName());
        title.setId("case-child");
        Paragraph about = new Paragraph("Born " + Words.date(child.dateOfBirth()) + " · " + child.school()
                + (child.candidateNumber() == null ? "" : " · SCN " + child.candidateNumber()));
        about.setId("case-child-details");
        Span stage = new Span("Stage: " + Words.of(concern.getStage())
                + (concern.getPathway() == null ? "" : " · Pathway: " + Words.of(concern.getPathway())));
        stage.setId("case-stage");
        if (timelines.mayAudit()) {
            add(new HistoryLink(family.historyAddress(concern.getId())));
        }
        if (childRecords.mayOpen(concern.getChild().getId())) {
            add(ChildPage.linkTo(concern.getChild().getId()));
        }
        // The plan the family takes home (issue 18): offered to the team working on the case, once a plan is agreed.
        if (file.currentPlan().isPresent() && familyPlans.mayTake(concern)) {
            add(new FamilyPlanLinks(familyPlans, concern.getId()));
        }
        // The coming review for the team's calendars (issue 19): whoever may open the case; the download opens it again.
        if (reviewInvitations.hasComingReview(concern.getId())) {
            add(ReviewCalendarDownload.link(reviewInvitations, concern.getId()));
        }
        ChildsPlanPanel plan = new ChildsPlanPanel(file, this::name, planEditing);
        // Overdue plan actions near the top, for everyone on the case, not only below in the plan.
        add(title, about, stage, plan.overdueActions(), team(concern, file.team()),
                new ChangesOfHandsPanel(changesOfHands, concern.getId(), () -> { removeAll(); show(cases.open(concernId, VIEW_NAME)); }));
        if (!file.joinedConcerns().isEmpty()) {
            add(joinedConcerns(file.joinedConcerns()));
        }
        add(nextSteps(file), new AssessmentPanel(file.assessments(), this::name),
                new PathwayDecisionsPanel(pathways.decisionsFor(concern.getId()), this::name),
                new InformationSharingPanel(sharing, file, this::name, () -> { removeAll(); show(cases.open(concernId, VIEW_NAME)); }),
                plan,
                new MeetingsPanel(meetings, concern, file.planVersions(), this::name, () -> { removeAll(); show(cases.open(concernId, VIEW_NAME)); }),
                new H3("Wellbeing over time"), WellbeingChart.of(file.ratings()), new H3("Chronology"), chronologyReview(concern),
                chronology(file), noteForm());
    }

    private Div team(WellbeingConcern concern, List<TeamMember> members) {
        Div team = new Div();
        team.setId("case-team");
        team.add(new H3("Team around the child"));
        team.add(new Paragraph("Named Person: " + orNone(name(concern.getNamedPerson()))
                + " · Lead Professional: " + orNone(name(concern.getLeadProfessional()))
                + " · Concern raised by: " + orNone(name(concern.getRaisedBy()))));
        for (TeamMember m : members) {
            team.add(new Paragraph(agencyOf(m) + ": " + switch (m.getStatus()) {
                case ACCEPTED -> (m.getPractitionerUserId() != null ? name(m.getPractitionerUserId())
                        : m.getPractitioner() + (m.getContactDetails() == null ? "" : ", outside Partnerflow, contact " + m.getContactDetails()))
                        + " (since " + Words.date(m.getFrom()) + ")";
                case DECLINED -> "declined: " + m.getDeclineReason();
                case INVITED -> "invited, no answer yet";
                case LEFT -> "left on " + Words.date(m.getTo());
            }));
        }
        return team;
    }

    /** New concerns about the child that joined this case: the team sees them here, their details in the chronology. */
    private Div joinedConcerns(List<WellbeingConcern> joined) {
        Div section = new Div();
        section.setId("case-joined-concerns");
        section.add(new H3("Concerns joined to this case"));
        UnorderedList list = new UnorderedList();
        for (WellbeingConcern c : joined) {
            list.add(new ListItem("Raised on " + Words.date(c.getRaisedAt()) + " by " + orNone(name(c.getRaisedBy()))
                    + " · observed on " + Words.date(c.getObservedOn()) + " · "
                    + c.getIndicators().stream().sorted().map(Words::of).collect(java.util.stream.Collectors.joining(", "))));
        }
        section.add(list);
        return section;
    }

    private Div nextSteps(CaseFile file) {
        Div next = new Div();
        next.setId("case-next-steps");
        next.add(new H3("What happens next"));
        if (file.nextSteps().isEmpty()) {
            next.add(new Paragraph(switch (file.concern().getStage()) {
                case CLOSED -> "The case is closed.";
                case JOINED -> "This concern joined the child's open case: that case's coordinator considers it there.";
                default -> "Nothing is waiting.";
            }));
        }
        for (CaseFile.NextStep step : file.nextSteps()) {
            next.add(new Paragraph(step.task() + " — " + step.heldBy() + (step.due() == null ? "" : ", due " + Words.date(step.due()))));
        }
        return next;
    }

    private Paragraph chronologyReview(WellbeingConcern concern) {
        Paragraph review = new Paragraph(concern.getNextChronologyReviewOn() == null
                ? "Facts, not opinions: each entry says when it happened and whom the information came from."
                : "Next chronology review: " + Words.date(concern.getNextChronologyReviewOn())
                        + ", by the case's coordinator (accurate, significant events, facts).");
        review.setId("case-chronology-review");
        return review;
    }

    /**
     * The chronology in the order things happened. A corrected entry stays, struck through, with who
     * corrected it, when and why; its correction says what it corrects. Those who work on the case may
     * correct any entry not corrected already.
     */
    private VerticalLayout chronology(CaseFile file) {
        List<ChronologyEntry> entries = file.chronology();
        Grid<ChronologyEntry> grid = new Grid<>(ChronologyEntry.class, false);
        grid.setId("case-chronology");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> Words.date(e.getEventDate())).setHeader("Happened").setKey("happened").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Words.of(e.getKind())).setHeader("What").setKey("what").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> details(file, e)).setHeader("Details").setKey("details").setFlexGrow(1);
        grid.addColumn(e -> orNone(name(e.getRecordedBy()))).setHeader("Recorded by").setKey("recorded-by").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getSource() == null ? "" : Words.of(e.getSource())).setHeader("Source").setKey("source").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Words.dateTime(e.getRecordedAt())).setHeader("Recorded").setKey("recorded").setAutoWidth(true).setFlexGrow(0);
        if (file.mayCorrect()) {
            grid.addComponentColumn(e -> {
                if (file.correctionOf(e).isPresent()) {
                    return new Span();
                }
                Button correct = new Button("Correct", click -> correctDialog(e));
                correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                correct.setId("correct-entry-" + e.getId());
                correct.getElement().setAttribute("aria-label", "Correct the entry of " + Words.date(e.getEventDate()) + ": " + Words.of(e.getKind()));
                return correct;
            }).setHeader("").setKey("correct").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(entries);

        MultiSelectComboBox<ChronologyEntry.Kind> kinds = new MultiSelectComboBox<>("Show only");
        kinds.setId("chronology-kinds");
        kinds.setItems(EnumSet.allOf(ChronologyEntry.Kind.class));
        kinds.setItemLabelGenerator(Words::of);
        TextField text = new TextField("Search the chronology");
        text.setId("chronology-search");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable filter = () -> {
            Set<ChronologyEntry.Kind> shown = kinds.getValue();
            String needle = text.getValue().toLowerCase(Locale.UK);
            grid.setItems(entries.stream()
                    .filter(e -> shown.isEmpty() || shown.contains(e.getKind()))
                    .filter(e -> needle.isBlank() || e.getSummary().toLowerCase(Locale.UK).contains(needle))
                    .toList());
        };
        kinds.addValueChangeListener(e -> filter.run());
        text.addValueChangeListener(e -> filter.run());
        VerticalLayout section = new VerticalLayout(new HorizontalLayout(kinds, text), grid);
        section.setPadding(false);
        return section;
    }

    /** An entry's text: struck through once corrected, with the correction's who, when and why. */
    private Div details(CaseFile file, ChronologyEntry entry) {
        Div details = new Div();
        details.addClassName("chronology-details");
        file.corrected(entry).ifPresent(wrong -> details.add(new Span("Corrects the entry of " + Words.date(wrong.getEventDate())
                + " (" + Words.of(wrong.getKind()) + "): ")));
        Span text = new Span(entry.getSummary());
        details.add(text);
        file.correctionOf(entry).ifPresent(correction -> {
            text.getStyle().set("text-decoration", "line-through");
            text.getElement().setAttribute("data-superseded", "true");
            Span why = new Span(" Corrected on " + Words.date(correction.getRecordedAt()) + " by " + orNone(name(correction.getRecordedBy()))
                    + ": " + correction.getCorrectionReason());
            why.addClassName("chronology-corrected");
            details.add(why);
        });
        return details;
    }

    private void correctDialog(ChronologyEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setId("chronology-correct-dialog");
        dialog.setHeaderTitle("Correct the entry of " + Words.date(entry.getEventDate()));
        Paragraph was = new Paragraph("The entry stays as it was, struck through; the correction replaces it in the chronology.");
        TextArea corrected = new TextArea("Corrected entry");
        corrected.setId("chronology-correct-text");
        corrected.setMaxLength(8000);
        corrected.setWidth("32rem");
        corrected.setValue(entry.getSummary());
        TextArea reason = new TextArea("Why the entry is wrong");
        reason.setId("chronology-correct-reason");
        reason.setMaxLength(1000);
        reason.setWidth("32rem");
        DatePicker happened = new DatePicker("Date it happened");
        happened.setId("chronology-correct-date");
        happened.setValue(entry.getEventDate());
        Paragraph problem = new Paragraph();
        problem.setId("chronology-correct-problem");
        problem.setVisible(false);
        Button save = new Button("Save the correction", e -> {
            try {
                cases.correctEntry(concernId, entry.getId(), corrected.getValue(), reason.getValue(), happened.getValue());
            } catch (IllegalArgumentException | Refusal | NoAccessException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
                return;
            }
            dialog.close();
            Notification.show("Correction added to the chronology", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            removeAll();
            show(cases.open(concernId, VIEW_NAME));
        });
        save.setId("chronology-correct-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new VerticalLayout(was, corrected, reason, happened, problem));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private Button noteForm() {
        Button open = new Button("Add to the chronology", e -> noteDialog());
        open.setId("open-chronology-note");
        return open;
    }

    private void noteDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("chronology-note-dialog");
        dialog.setHeaderTitle("Add to the chronology");
        TextArea note = new TextArea("What happened (facts, not opinions)");
        note.setId("chronology-note");
        note.setMaxLength(8000);
        note.setWidth("32rem");
        DatePicker happened = new DatePicker("Date it happened");
        happened.setId("chronology-note-date");
        happened.setValue(LocalDate.now(Words.ZONE));
        happened.setMax(LocalDate.now(Words.ZONE));
        ComboBox<InformationSource> source = new ComboBox<>("Whom the information came from");
        source.setId("chronology-note-source");
        source.setItems(InformationSource.values());
        source.setItemLabelGenerator(Words::of);
        Paragraph problem = new Paragraph();
        problem.setId("chronology-note-problem");
        problem.setVisible(false);
        Button add = new Button("Add entry", e -> {
            try {
                cases.addNote(concernId, note.getValue(), happened.getValue(), source.getValue());
            } catch (IllegalArgumentException | NoAccessException problemMet) {
                problem.setText(problemMet.getMessage());
                problem.setVisible(true);
                return;
            }
            dialog.close();
            Notification.show("Added to the chronology", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            removeAll();
            show(cases.open(concernId, VIEW_NAME));
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-chronology-note");
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new VerticalLayout(note, happened, source, problem));
        dialog.getFooter().add(cancel, add);
        dialog.open();
    }

    private static String orNone(String value) {
        return value == null ? "not yet" : value;
    }

    /** The agency invited, by its name and kind; older rows name only the kind. */
    private String agencyOf(TeamMember m) {
        String kind = PartnerAgency.nameOf(m.getAgency());
        return m.getAgencyCode() == null ? kind
                : agencies.find(m.getAgencyCode()).map(Agency::getName).orElse(m.getAgencyCode()) + " (" + kind + ")";
    }

    private String name(String userId) {
        return userId == null ? null : people.displayName(userId);
    }
}
