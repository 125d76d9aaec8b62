package org.partnerflow.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.partnerflow.establishment.EstablishmentRegister;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;

/**
 * A child's record across all their concerns: who the child is (correctable, with the history of
 * corrections), the people with parental responsibility and carers, the establishment, every concern
 * and the Child's Plan in force (stepped down: the plan before step-down), and one chronology. Only people who work on one of the child's cases
 * see it ({@link ChildRecord}); anyone else, a raiser included, sees the plain "no access" page, and
 * both are written to the access log. Public only because route discovery registers public views alone.
 */
@Route("children/:childId")
@PageTitle("Child's record | Partnerflow")
@PermitAll
public class ChildPage extends VerticalLayout implements BeforeEnterObserver {

    static final String VIEW_NAME = "child-page";
    static final String EDIT_VIEW_NAME = "child-page-edit";

    private final ChildRecord records;
    private final People people;
    private UnaryOperator<String> names;
    private long childId;

    private final EstablishmentRegister register;
    private final AccumulatingConcerns accumulating;

    public ChildPage(ChildRecord records, People people, EstablishmentRegister register, AccumulatingConcerns accumulating) {
        this.records = records;
        this.people = people;
        this.register = register;
        this.accumulating = accumulating;
        setWidthFull();
    }

    /** A link to the child's record, for the pages of someone who may open it. */
    static RouterLink linkTo(long childId) {
        RouterLink link = new RouterLink("Child's record", ChildPage.class, new RouteParameters("childId", String.valueOf(childId)));
        link.setId("child-record-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            childId = Long.parseLong(event.getRouteParameters().get("childId").orElse(""));
            reload(() -> records.open(childId, VIEW_NAME));
        } catch (NumberFormatException e) {
            showNoAccess();
        }
    }

    private void reload(Supplier<ChildRecordFile> file) {
        removeAll();
        try {
            names = people.names();
            show(file.get());
        } catch (NoAccessException e) {
            removeAll();
            showNoAccess();
        }
    }

    private void showNoAccess() {
        H2 title = new H2("No access");
        title.setId("no-access");
        add(title, new Paragraph(new NoAccessException().getMessage()),
                new Paragraph("The child's record is for the people who work on one of the child's cases. If you raised a concern, "
                        + "your case page shows what you recorded."),
                new RouterLink("Back to inbox", org.partnerflow.workflow.InboxView.class));
    }

    private void show(ChildRecordFile file) {
        Child child = file.child();
        H2 title = new H2(child.fullName());
        title.setId("child-name");
        Paragraph about = new Paragraph("Born " + Words.date(child.getDateOfBirth())
                + (child.getCandidateNumber() == null ? " · no Scottish Candidate Number recorded" : " · SCN " + child.getCandidateNumber()));
        about.setId("child-details");
        Button correct = new Button("Correct details", e -> correctDetails(file));
        correct.setId("correct-child-details");
        String council = register.authority(child.getAuthorityCode()).map(a -> a.getName()).orElse("no council recorded");
        String school = register.find(child.getEstablishmentCode()).map(e -> e.getName()).orElse(child.getSchool());
        Paragraph establishment = new Paragraph("School or setting: " + school + " · Council: " + council);
        establishment.setId("child-establishment");
        add(title, about, establishment);
        // Concerns accumulating: the mark those who work on the record see (the page is theirs only).
        accumulating.current(child.getId()).ifPresent(pattern -> {
            Paragraph mark = new Paragraph("Concerns are accumulating: " + pattern.getConcerns() + " concerns from " + pattern.getRaisers()
                    + " different people within " + accumulating.window() + " (noticed " + Words.dateTime(pattern.getNoticedAt()) + "). "
                    + (pattern.getDecision() == null ? "The Named Person has not yet looked at them together."
                    : "Looked at together by " + people.displayName(pattern.getLookedAtBy()) + ": " + Words.of(pattern.getDecision()) + "."));
            mark.setId("child-concerns-accumulating");
            mark.getStyle().set("font-weight", "bold");
            add(mark);
        });
        add(correct, detailsHistory(file), parentsAndCarers(file), concerns(file), plan(file),
                new H3("Chronology"), chronology(file));
    }

    // --- The child's details and their corrections ---

    private Component detailsHistory(ChildRecordFile file) {
        Div section = new Div();
        section.setId("child-details-history-section");
        section.add(new H3("Corrections of the child's details"));
        if (file.detailsHistory().isEmpty()) {
            section.add(new Paragraph("None: the details are as first recorded."));
            return section;
        }
        Grid<ChildDetailsChange> grid = new Grid<>(ChildDetailsChange.class, false);
        grid.setId("child-details-history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> Words.dateTime(c.getChangedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> names.apply(c.getChangedBy())).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> shown(c.was())).setHeader("Were").setFlexGrow(1);
        grid.addColumn(c -> shown(c.now())).setHeader("Now").setFlexGrow(1);
        grid.addColumn(ChildDetailsChange::getReason).setHeader("Why").setFlexGrow(1);
        grid.setItems(file.detailsHistory());
        section.add(grid);
        return section;
    }

    private static String shown(ChildDetails d) {
        return d.fullName() + ", born " + Words.date(d.dateOfBirth()) + ", " + d.school()
                + (d.candidateNumber() == null ? "" : ", SCN " + d.candidateNumber());
    }

    private void correctDetails(ChildRecordFile file) {
        Child child = file.child();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Correct the child's details");
        TextField given = field("Given name", "child-given-name", child.getGivenName(), 100);
        TextField family = field("Family name", "child-family-name", child.getFamilyName(), 100);
        DatePicker born = new DatePicker("Date of birth", child.getDateOfBirth());
        born.setId("child-date-of-birth");
        born.setLocale(Words.LOCALE);
        TextField school = field("School or establishment", "child-school", child.getSchool(), 200);
        TextField number = field("Scottish Candidate Number (nine digits, if known)", "child-candidate-number",
                child.getCandidateNumber() == null ? "" : child.getCandidateNumber(), 9);
        TextArea reason = reasonField("Why are the details being corrected? (required)", "child-details-reason");
        Paragraph problem = problem("child-details-problem");
        Map<String, HasValidation> fields = Map.of("givenName", given, "familyName", family, "dateOfBirth", born, "school", school,
                "candidateNumber", number, "reason", reason);
        Button save = new Button("Save correction", e -> attempt(dialog, problem, fields, () -> records.rectify(childId, child.getVersion(),
                new ChildDetails(given.getValue(), family.getValue(), born.getValue(), school.getValue(), number.getValue()),
                reason.getValue(), EDIT_VIEW_NAME), "Details corrected"));
        save.setId("save-child-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(problem, given, family, born, school, number, reason));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    // --- Parents and carers ---

    private Component parentsAndCarers(ChildRecordFile file) {
        Div section = new Div();
        section.setId("child-parents");
        section.add(new H3("Parents and carers"));
        Grid<ParentOrCarer> grid = new Grid<>(ParentOrCarer.class, false);
        grid.setId("child-parents-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ParentOrCarer::getName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(p -> Words.of(p.getRelationship())).setHeader("Relationship").setAutoWidth(true);
        grid.addColumn(p -> p.getContact() == null ? "" : p.getContact()).setHeader("Contact").setFlexGrow(1);
        grid.addColumn(p -> p.hasParentalResponsibility() ? "Yes" : "No").setHeader("Parental responsibilities and rights").setAutoWidth(true);
        grid.addColumn(p -> p.isCurrent() ? "Since " + Words.date(p.getAddedAt()) : "Ended " + Words.date(p.getEndedAt()))
                .setHeader("Recorded").setAutoWidth(true);
        grid.addComponentColumn(p -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (p.isCurrent()) {
                Button edit = new Button("Edit", e -> parentDialog(p));
                edit.setId("edit-parent-" + p.getId());
                Button end = new Button("End", e -> endDialog(p));
                end.setId("end-parent-" + p.getId());
                actions.add(edit, end);
            }
            return actions;
        }).setHeader("").setKey("actions").setAutoWidth(true);
        grid.setItems(file.parentsAndCarers());
        grid.setEmptyStateText("No parent or carer recorded yet.");
        Button add = new Button("Add parent or carer", e -> parentDialog(null));
        add.setId("add-parent");
        section.add(grid, add);

        if (!file.parentsAndCarersHistory().isEmpty()) {
            Grid<ParentOrCarerChange> history = new Grid<>(ParentOrCarerChange.class, false);
            history.setId("child-parents-history");
            history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            history.setAllRowsVisible(true);
            history.addColumn(c -> Words.dateTime(c.getChangedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
            history.addColumn(c -> Words.of(c.getKind())).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
            history.addColumn(c -> c.details().name() + " (" + Words.of(c.details().relationship()) + ")"
                    + (c.details().contact() == null ? "" : ", " + c.details().contact())
                    + (Boolean.TRUE.equals(c.details().parentalResponsibility()) ? ", parental responsibilities" : ", no parental responsibilities"))
                    .setHeader("As recorded").setFlexGrow(1);
            history.addColumn(c -> c.getReason() == null ? "" : c.getReason()).setHeader("Why").setFlexGrow(1);
            history.addColumn(c -> names.apply(c.getChangedBy())).setHeader("By").setAutoWidth(true).setFlexGrow(0);
            history.setItems(file.parentsAndCarersHistory());
            section.add(new Paragraph("Their history:"), history);
        }
        return section;
    }

    /** Adds a parent or carer ({@code person} null) or edits one. */
    private void parentDialog(ParentOrCarer person) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(person == null ? "Add a parent or carer" : "Edit " + person.getName());
        TextField name = field("Name", "parent-name", person == null ? "" : person.getName(), 200);
        Select<ParentOrCarer.Relationship> relationship = new Select<>();
        relationship.setLabel("Relationship to the child");
        relationship.setId("parent-relationship");
        relationship.setItems(ParentOrCarer.Relationship.values());
        relationship.setItemLabelGenerator(Words::of);
        if (person != null) {
            relationship.setValue(person.getRelationship());
        }
        TextArea contact = new TextArea("Contact (address, telephone, email)");
        contact.setId("parent-contact");
        contact.setMaxLength(ChildRecord.CONTACT_MAX);
        contact.setWidth("28rem");
        contact.setValue(person == null || person.getContact() == null ? "" : person.getContact());
        RadioButtonGroup<String> responsibility = new RadioButtonGroup<>("Holds parental responsibilities and rights?");
        responsibility.setId("parent-responsibility");
        responsibility.setItems("Yes", "No");
        if (person != null) {
            responsibility.setValue(person.hasParentalResponsibility() ? "Yes" : "No");
        }
        TextArea reason = reasonField("Why is this changing? (required)", "parent-reason");
        reason.setVisible(person != null);
        Paragraph problem = problem("parent-problem");
        Map<String, HasValidation> fields = Map.of("name", name, "relationship", relationship, "contact", contact,
                "parentalResponsibility", responsibility, "reason", reason);
        Button save = new Button("Save", e -> attempt(dialog, problem, fields, () -> {
            ParentOrCarerDetails details = new ParentOrCarerDetails(name.getValue(), relationship.getValue(), contact.getValue(),
                    responsibility.getValue() == null ? null : responsibility.getValue().equals("Yes"));
            if (person == null) {
                records.addParentOrCarer(childId, details, EDIT_VIEW_NAME);
            } else {
                records.editParentOrCarer(childId, person.getId(), person.getVersion(), details, reason.getValue(), EDIT_VIEW_NAME);
            }
            return records.open(childId, VIEW_NAME);
        }, person == null ? "Added" : "Changed"));
        save.setId("save-parent");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(problem, name, relationship, contact, responsibility, reason));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void endDialog(ParentOrCarer person) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("End " + person.getName() + "'s part in the record");
        TextArea reason = reasonField("Why? (required) They stay in the record's history.", "parent-end-reason");
        Paragraph problem = problem("parent-end-problem");
        Button end = new Button("End", e -> attempt(dialog, problem, Map.of("reason", reason), () -> {
            records.endParentOrCarer(childId, person.getId(), person.getVersion(), reason.getValue(), EDIT_VIEW_NAME);
            return records.open(childId, VIEW_NAME);
        }, "Ended"));
        end.setId("confirm-end-parent");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(problem, reason));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), end);
        dialog.open();
    }

    /**
     * Makes a change and shows the record again; a refusal is told in the dialog, on its field when
     * it names one, and a change made meanwhile by someone else says to reload. Nothing was written then.
     */
    private void attempt(Dialog dialog, Paragraph problem, Map<String, HasValidation> fields, Supplier<ChildRecordFile> change, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        ChildRecordFile file;
        try {
            file = change.get();
        } catch (ChildRecord.InvalidEntry invalid) {
            HasValidation field = fields.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
            }
            problem.setText(invalid.getMessage());
            problem.setVisible(true);
            return;
        } catch (StaleRecordException | Refusal stale) {
            problem.setText(stale.getMessage());
            problem.setVisible(true);
            return;
        } catch (NoAccessException refused) {
            dialog.close();
            removeAll();
            showNoAccess();
            return;
        }
        dialog.close();
        Notification.show(done, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload(() -> file);
    }

    // --- Concerns, the plan in force, the chronology ---

    private Component concerns(ChildRecordFile file) {
        Div section = new Div();
        section.setId("child-concerns");
        section.add(new H3("Concerns about the child"));
        Grid<ChildRecordFile.Concern> grid = new Grid<>();
        grid.setId("child-concerns-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> Words.date(c.concern().getRaisedAt())).setHeader("Raised").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Words.of(c.concern().getStage())).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(c -> c.concern().getPathway() == null ? "" : Words.of(c.concern().getPathway())).setHeader("Pathway").setAutoWidth(true);
        grid.addColumn(c -> c.concern().getClosedAt() == null ? "Open"
                        : "Closed " + Words.date(c.concern().getClosedAt()) + (c.concern().getClosingSummary() == null ? "" : ": " + c.concern().getClosingSummary()))
                .setHeader("Outcome").setFlexGrow(1);
        grid.addComponentColumn(c -> new RouterLink("Case " + c.concern().getId(), CasePage.class,
                new RouteParameters("concernId", String.valueOf(c.concern().getId())))).setHeader("Case page").setKey("case").setAutoWidth(true);
        grid.setItems(file.concerns());
        section.add(grid);
        return section;
    }

    private Component plan(ChildRecordFile file) {
        Div section = new Div();
        section.setId("child-plan");
        H3 heading = new H3(Words.text("childRecord.plan.inForce"));
        section.add(heading);
        if (file.currentPlan().isEmpty()) {
            section.add(new Paragraph("No plan in force: no open case has an agreed Child's Plan."));
            return section;
        }
        ChildRecordFile.CurrentPlan current = file.currentPlan().get();
        ChildsPlanVersion plan = current.version();
        if (current.steppedDown()) {
            // Stepped down, the case stays open under the Named Person with no plan in force: the last one is history.
            heading.setText(Words.text("childRecord.plan.beforeStepDown"));
            Paragraph stepped = new Paragraph(Words.text("childRecord.plan.steppedDown", names.apply(current.concern().getNamedPerson())));
            stepped.setId("child-plan-stepped-down");
            section.add(stepped);
        }
        section.add(new Paragraph("Version " + plan.getVersionNumber() + " of case " + current.concern().getId() + " · agreed by "
                + names.apply(plan.getAgreedBy()) + " · review on " + Words.date(plan.getReviewDate())));
        section.add(new Paragraph("Needs: " + plan.getNeedsSummary()));
        for (Map.Entry<WellbeingIndicator, String> outcome : new java.util.TreeMap<>(plan.getOutcomes()).entrySet()) {
            section.add(new Paragraph("Outcome (" + Words.of(outcome.getKey()) + "): " + outcome.getValue()));
        }
        section.add(new Paragraph("Lead Professional: " + (plan.getLeadProfessional() == null ? "none (single agency)"
                : names.apply(plan.getLeadProfessional()))));
        section.add(new RouterLink("The whole plan and its reviews are on the case page", CasePage.class,
                new RouteParameters("concernId", String.valueOf(current.concern().getId()))));
        return section;
    }

    private Component chronology(ChildRecordFile file) {
        Grid<ChildRecordFile.ChronologyLine> grid = new Grid<>();
        grid.setId("child-chronology");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> Words.dateTime(l.entry().getOccurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> "Case " + l.entry().getConcernId() + (l.singleAgency() ? " (single agency)" : ""))
                .setHeader("Case").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> Words.of(l.entry().getKind())).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> (l.entry().getCorrectsEntryId() == null ? "" : "Correction of entry " + l.entry().getCorrectsEntryId() + ": ")
                + l.entry().getSummary()).setHeader("Details").setFlexGrow(1);
        grid.addColumn(l -> l.entry().getRecordedBy() == null ? "" : names.apply(l.entry().getRecordedBy()))
                .setHeader("Recorded by").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(file.chronology());
        VerticalLayout section = new VerticalLayout(new Paragraph("Every concern's entries, in the order things happened. "
                + "Entries of single-agency cases are marked: their chronology is the Named Person's agency's own."), grid);
        if (file.chronologyTruncated()) {
            section.add(new Paragraph("Only the first " + ChildRecord.CHRONOLOGY_BOUND + " entries are shown here; each case page has its own."));
        }
        section.setPadding(false);
        return section;
    }

    // --- Fields ---

    private static TextField field(String label, String id, String value, int max) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setMaxLength(max);
        field.setWidth("24rem");
        return field;
    }

    private static TextArea reasonField(String label, String id) {
        TextArea reason = new TextArea(label);
        reason.setId(id);
        reason.setMaxLength(ChildRecord.REASON_MAX);
        reason.setWidth("28rem");
        return reason;
    }

    private static Paragraph problem(String id) {
        Paragraph problem = new Paragraph();
        problem.setId(id);
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        return problem;
    }
}
