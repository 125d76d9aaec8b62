package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValidator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan editor's service: between reviews the Lead Professional (with none, the Named Person)
 * changes the case's Child's Plan draft: the needs and what will help (services), outcomes per
 * indicator added, reworded or marked met, and actions with an owner from the team, an agency, a due
 * date and a status. Progress is noted on an action by the Lead Professional or the Named Person, or
 * by the action's own owner (an agency's joined practitioner, say): {@link Permissions#mayNoteChildsPlanProgress}.
 * Each edit and note states the draft version the editor read, and is refused ({@link StaleRecordException})
 * if someone else changed it since.
 *
 * <p>This is the plan draft's only door: the case page's editor (Vaadin). There is no REST endpoint
 * for it; each method asks {@link Permissions} itself (through {@link CaseAccess} and the checks below),
 * whoever calls it. Bad input is refused in words by one check, {@link #check}, as a
 * {@link FormValidationException} of the editor's "form" {@value #FORM}: nothing is written.
 */
@Service
public class ChildsPlanEditing {

    /** The id the editor's field errors carry, as a form's would. */
    public static final String FORM = "childs-plan-editor";
    static final String VIEW = "childs-plan";

    private final CaseAccess access;
    private final Permissions permissions;
    private final ChildsPlanVersions versions;
    private final ChildsPlanDrafts drafts;
    private final PlanActionNotes notes;
    private final PlanOwners owners;
    private final WellbeingConcerns concerns;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChildsPlanEditing(CaseAccess access, Permissions permissions, ChildsPlanVersions versions, ChildsPlanDrafts drafts,
                      PlanActionNotes notes, PlanOwners owners, WellbeingConcerns concerns, CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.permissions = permissions;
        this.versions = versions;
        this.drafts = drafts;
        this.notes = notes;
        this.owners = owners;
        this.concerns = concerns;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The plan of a case as the case page shows it: every agreed version (latest first) with what
     * changed from the one before, the draft being changed for the next review and what changed in it,
     * the actions overdue, progress notes, and whether the reader may edit (then the team to choose
     * owners from).
     */
    public record Plan(long concernId, List<ChildsPlanVersion> versions, ChildsPlanDraft draft, List<ChildsPlanChanges.Change> changesInDraft,
                       Map<Integer, List<ChildsPlanChanges.Change>> changesByVersion, List<PlanAction> overdue,
                       Map<String, List<PlanActionNote>> notes, boolean mayEdit, Set<String> notable, Set<String> mine,
                       List<PlanOwner> team, LocalDate planDate) {

        public ChildsPlanVersion current() {
            return versions.get(0);
        }

        /** Whether the reader may note progress on the action (see {@link Permissions#mayNoteChildsPlanProgress}). */
        public boolean mayNoteOn(PlanAction action) {
            return notable.contains(action.getRef());
        }

        /** The draft's actions the reader owns, in the plan's order. */
        public List<PlanAction> myActions() {
            return draft.getActions().stream().filter(a -> mine.contains(a.getRef())).toList();
        }
    }

    /** What the editor gives for an action. */
    public record ActionEdit(String what, String ownerId, String agency, LocalDate dueDate, PlanAction.Status status) {
    }

    /** An overdue action of a case, for its owner's list. */
    public record OverdueAction(long concernId, String child, PlanAction action) {
    }

    /** The case's plan, if one was agreed; opening it is written to the access log. */
    @Transactional
    public Optional<Plan> plan(long concernId) {
        WellbeingConcern concern = access.open(concernId, VIEW);
        List<ChildsPlanVersion> agreed = versions.findByConcernIdOrderByVersionNumberDesc(concernId);
        if (agreed.isEmpty()) {
            return Optional.empty();
        }
        ChildsPlanVersion current = agreed.get(0);
        // Plans agreed before the editor existed get their draft when first opened.
        ChildsPlanDraft draft = drafts.findByConcernId(concernId).orElseGet(() -> drafts.save(new ChildsPlanDraft(current)));
        Map<Integer, List<ChildsPlanChanges.Change>> byVersion = new LinkedHashMap<>();
        for (int i = 0; i + 1 < agreed.size(); i++) {
            byVersion.put(agreed.get(i).getVersionNumber(), ChildsPlanChanges.between(agreed.get(i + 1), agreed.get(i)));
        }
        LocalDate today = LocalDate.now(clock.withZone(Words.ZONE));
        Permissions.Case c = access.asCase(concern);
        boolean mayEdit = inForce(concern) && permissions.mayEditChildsPlan(c);
        Map<String, List<PlanActionNote>> noted = notes.findByConcernIdOrderByNotedAtAscIdAsc(concernId).stream()
                .collect(Collectors.groupingBy(PlanActionNote::getActionRef, LinkedHashMap::new, Collectors.toList()));
        List<String> me = owners.idsOf(currentUser.requireId());
        Set<String> mine = draft.getActions().stream().filter(a -> me.contains(a.getOwnerId())).map(PlanAction::getRef)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        // The policy's answer depends only on whether the reader owns the action: asked twice, not once per action
        // (each asking may read the case's team).
        boolean notesOnAny = inForce(concern) && permissions.mayNoteChildsPlanProgress(c, false);
        boolean notesOnOwn = notesOnAny || (inForce(concern) && !mine.isEmpty() && permissions.mayNoteChildsPlanProgress(c, true));
        Set<String> notable = draft.getActions().stream().filter(a -> notesOnAny || (notesOnOwn && mine.contains(a.getRef())))
                .map(PlanAction::getRef).collect(Collectors.toCollection(LinkedHashSet::new));
        return Optional.of(new Plan(concernId, agreed, draft, ChildsPlanChanges.between(current, draft), byVersion,
                draft.getActions().stream().filter(a -> a.isOverdueOn(today)).toList(), noted, mayEdit,
                notable, mine, mayEdit ? owners.teamOf(concern) : List.of(), current.getAgreedOn()));
    }

    /**
     * Rewords the plan's wellbeing needs (what we are worried about, required) and what will help
     * (the services and how support is given; blank takes it out).
     */
    @Transactional
    @PreAuthorize("@permissions.mayHaveCaseload()")
    public void describe(long concernId, long draftVersion, String needsSummary, String services) {
        ChildsPlanDraft draft = editable(concernId, draftVersion);
        String needs = text(needsSummary, "needsSummary", "Say what the child's wellbeing needs are, with the child's and parents' views.", 4000);
        String help = services == null || services.isBlank() ? null : text(services, "services", "", 4000);
        if (needs.equals(draft.getNeedsSummary()) && java.util.Objects.equals(help, draft.getServices())) {
            return;
        }
        draft.describe(needs, help);
        saved(draft);
    }

    /** Adds or rewords the outcome for an indicator (a met outcome stays met). */
    @Transactional
    @PreAuthorize("@permissions.mayHaveCaseload()")
    public void setOutcome(long concernId, long draftVersion, WellbeingIndicator indicator, String text) {
        ChildsPlanDraft draft = editable(concernId, draftVersion);
        if (indicator == null) {
            throw refused("indicator", "Choose the wellbeing indicator the outcome is for.");
        }
        String words = text(text, "outcome", "Write the outcome hoped for, in words the family would use.", 2000);
        draft.putOutcome(indicator, draft.getOutcomes().containsKey(indicator)
                ? draft.getOutcomes().get(indicator).reworded(words) : PlanOutcome.open(words));
        saved(draft);
    }

    /** Marks an indicator's outcome met, today. */
    @Transactional
    @PreAuthorize("@permissions.mayHaveCaseload()")
    public void markOutcomeMet(long concernId, long draftVersion, WellbeingIndicator indicator) {
        ChildsPlanDraft draft = editable(concernId, draftVersion);
        PlanOutcome outcome = draft.getOutcomes().get(indicator);
        if (outcome == null) {
            throw refused("indicator", "The plan has no outcome for " + Words.of(indicator) + " to mark met.");
        }
        if (!outcome.isMet()) {
            draft.putOutcome(indicator, outcome.met(LocalDate.now(clock.withZone(Words.ZONE))));
            saved(draft);
        }
    }

    /** Adds an action; returns its reference. */
    @Transactional
    @PreAuthorize("@permissions.mayHaveCaseload()")
    public String addAction(long concernId, long draftVersion, ActionEdit edit) {
        ChildsPlanDraft draft = editable(concernId, draftVersion);
        PlanOwner owner = check(draft, edit, null);
        PlanAction action = new PlanAction(UUID.randomUUID().toString(), edit.what().strip(), owner.fullName(), owner.id(),
                agency(edit, owner), edit.dueDate(), edit.status() == null ? PlanAction.Status.NOT_STARTED : edit.status());
        draft.addAction(action);
        saved(draft);
        return action.getRef();
    }

    /** Changes an action: its words, owner, agency, due date or status. */
    @Transactional
    @PreAuthorize("@permissions.mayHaveCaseload()")
    public void changeAction(long concernId, long draftVersion, String ref, ActionEdit edit) {
        ChildsPlanDraft draft = editable(concernId, draftVersion);
        PlanAction was = draft.action(ref).orElseThrow(() -> new Refusal("That action is no longer in the plan: reload to see it as it is."));
        PlanOwner owner = check(draft, edit, was);
        draft.replaceAction(was.changed(edit.what().strip(), owner.fullName(), owner.id(), agency(edit, owner), edit.dueDate(), edit.status()));
        saved(draft);
    }

    /** Takes an action out of the plan (one no longer needed is better kept, with that status). */
    @Transactional
    @PreAuthorize("@permissions.mayHaveCaseload()")
    public void removeAction(long concernId, long draftVersion, String ref) {
        ChildsPlanDraft draft = editable(concernId, draftVersion);
        draft.removeAction(ref);
        saved(draft);
    }

    /**
     * Notes progress on an action, dated today and signed by the signed-in person: the case's Lead
     * Professional or Named Person on any action, anyone else who works on the case on an action they
     * own. The note states the draft version read; the draft is locked while the note is written, so an
     * action given to someone else or taken out meanwhile cannot slip between the check and the note.
     */
    @Transactional
    public void addProgressNote(long concernId, long draftVersion, String ref, String note) {
        WellbeingConcern concern = access.openToWork(concernId, VIEW);
        refuseUnlessInForce(concern);
        ChildsPlanDraft draft = drafts.findLockedByConcernId(concernId).orElseThrow(() -> new Refusal("No Child's Plan has been agreed yet."));
        if (draft.getVersion() != draftVersion) {
            throw new StaleRecordException("Child's Plan", draftVersion, draft.getVersion());
        }
        PlanAction action = draft.action(ref).orElseThrow(() -> new Refusal("That action is no longer in the plan: reload to see it as it is."));
        boolean owns = owners.idsOf(currentUser.requireId()).contains(action.getOwnerId());
        if (!permissions.mayNoteChildsPlanProgress(access.asCase(concern), owns)) {
            access.refusedOn(concern, VIEW);
            throw new AuthorizationException("Only the action's owner, the case's Lead Professional or its Named Person note progress on it.");
        }
        String words = text(note, "note", "Write what progress was made.", 4000);
        notes.save(new PlanActionNote(concernId, ref, LocalDate.now(clock.withZone(Words.ZONE)), clock.instant(), currentUser.requireId(), words));
    }

    /** The signed-in person's overdue plan actions, on every case they may open, soonest due first. */
    @Transactional(readOnly = true)
    public List<OverdueAction> myOverdueActions() {
        List<String> mine = owners.idsOf(currentUser.requireId());
        LocalDate today = LocalDate.now(clock.withZone(Words.ZONE));
        List<OverdueAction> overdue = new java.util.ArrayList<>();
        for (ChildsPlanDraft draft : drafts.withOverdueActionsOf(mine, today, List.of(PlanAction.Status.NOT_STARTED, PlanAction.Status.IN_PROGRESS))) {
            WellbeingConcern concern = concerns.findById(draft.getConcernId()).orElse(null);
            if (concern == null || !access.mayOpen(concern)) {
                continue;
            }
            String child = access.childAsSeen(concern).fullName();
            draft.getActions().stream().filter(a -> mine.contains(a.getOwnerId()) && a.isOverdueOn(today))
                    .forEach(a -> overdue.add(new OverdueAction(draft.getConcernId(), child, a)));
        }
        overdue.sort(Comparator.comparing(o -> o.action().getDueDate()));
        return overdue;
    }

    private ChildsPlanDraft editable(long concernId, long draftVersion) {
        WellbeingConcern concern = access.openToWork(concernId, VIEW);
        if (!permissions.mayEditChildsPlan(access.asCase(concern))) {
            access.refusedOn(concern, VIEW);
            throw new AuthorizationException("Only the case's Lead Professional (with none, its Named Person) changes the Child's Plan.");
        }
        refuseUnlessInForce(concern);
        ChildsPlanDraft draft = drafts.findByConcernId(concernId).orElseThrow(() -> new Refusal("No Child's Plan has been agreed yet."));
        if (draft.getVersion() != draftVersion) {
            throw new StaleRecordException("Child's Plan", draftVersion, draft.getVersion());
        }
        return draft;
    }

    /** Whether the case's plan is in force, to be changed and worked on: not once stepped down or closed. */
    private static boolean inForce(WellbeingConcern concern) {
        return concern.getStage() != CaseStage.STEPPED_DOWN && concern.getStage() != CaseStage.CLOSED;
    }

    private static void refuseUnlessInForce(WellbeingConcern concern) {
        if (concern.getStage() == CaseStage.STEPPED_DOWN) {
            throw new Refusal("The case is stepped down to universal support, so its Child's Plan is no longer changed or worked on:"
                    + " step it up at the light review to make a new plan.");
        }
        if (concern.getStage() == CaseStage.CLOSED) {
            throw new Refusal("The case is closed, so its Child's Plan is no longer changed or worked on.");
        }
    }

    private void saved(ChildsPlanDraft draft) {
        draft.changed(clock.instant(), currentUser.requireId());
        long read = draft.getVersion();
        try {
            drafts.saveAndFlush(draft);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            // Read the same version as someone whose change committed first: theirs stands.
            throw new StaleRecordException("Child's Plan", read, read + 1);
        }
    }

    /**
     * The one check of an action as the editor gives it: words, an owner on the team now, a due date
     * not before the plan's date (the day the version it changes was agreed) and a status. A due date
     * left as it was is not checked again, so an overdue action can be kept as it stands.
     */
    private PlanOwner check(ChildsPlanDraft draft, ActionEdit edit, PlanAction was) {
        text(edit.what(), "what", "Say what will be done.", 1000);
        if (edit.ownerId() == null || edit.ownerId().isBlank()) {
            throw refused("owner", "Choose who owns the action: a member of the team around the child.");
        }
        WellbeingConcern concern = concerns.findById(draft.getConcernId()).orElseThrow();
        PlanOwner owner = owners.teamOf(concern).stream().filter(o -> o.id().equals(edit.ownerId())).findFirst()
                .orElseThrow(() -> refused("owner", (was != null && edit.ownerId().equals(was.getOwnerId()) ? was.getWho() : "The person chosen")
                        + " is no longer on the team around the child: choose an owner who is."));
        if (edit.agency() != null && !edit.agency().isBlank()) {
            text(edit.agency(), "agency", "Name the agency.", 200);
        }
        if (edit.dueDate() == null) {
            throw refused("dueDate", "Give the date the action is due, written as " + Words.WRITTEN_DATE_EXAMPLE + ".");
        }
        LocalDate planDate = versions.findByConcernIdOrderByVersionNumberDesc(draft.getConcernId()).get(0).getAgreedOn();
        boolean dateChanged = was == null || !edit.dueDate().equals(was.getDueDate());
        if (dateChanged && edit.dueDate().isBefore(planDate)) {
            throw refused("dueDate", "The due date " + Words.date(edit.dueDate()) + " is before the plan's date, "
                    + Words.date(planDate) + ": give a date on or after it.");
        }
        if (was != null && edit.status() == null) {
            throw refused("status", "Say how the action stands.");
        }
        return owner;
    }

    private static String agency(ActionEdit edit, PlanOwner owner) {
        return edit.agency() != null && !edit.agency().isBlank() ? edit.agency().strip() : owner.agency();
    }

    private static String text(String value, String field, String whenMissing, int max) {
        if (value == null || value.isBlank()) {
            throw refused(field, whenMissing);
        }
        if (value.strip().length() > max) {
            throw refused(field, "Keep it to " + max + " characters.");
        }
        if (FormValidator.hasUnstorableCharacters(value)) {
            throw refused(field, "Remove the control characters from the text.");
        }
        return value.strip();
    }

    private static FormValidationException refused(String field, String words) {
        return new FormValidationException(FORM, FieldErrors.of(field, words));
    }
}
