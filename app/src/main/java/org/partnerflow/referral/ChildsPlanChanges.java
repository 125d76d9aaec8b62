package org.partnerflow.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.words.Words;

/**
 * What changed between two states of a Child's Plan (consecutive agreed versions, or the agreed
 * version and its draft): the needs reworded; outcomes added, reworded, met or taken out; actions
 * added, removed, reworded, or with a new status, owner, agency or due date; what will help
 * (services) reworded, given or taken out. Actions are matched by their reference,
 * which stays the same from version to version.
 */
public final class ChildsPlanChanges {

    public enum Kind {
        NEEDS_REWORDED, SERVICES_REWORDED, OUTCOME_ADDED, OUTCOME_REWORDED, OUTCOME_MET, OUTCOME_REOPENED, OUTCOME_REMOVED,
        ACTION_ADDED, ACTION_REMOVED, ACTION_REWORDED, ACTION_STATUS, ACTION_OWNER, ACTION_AGENCY, ACTION_DUE
    }

    /** One change, in words. */
    public record Change(Kind kind, String words) {
    }

    private ChildsPlanChanges() {
    }

    public static List<Change> between(ChildsPlanVersion older, ChildsPlanVersion newer) {
        return between(older.content(), newer.content());
    }

    public static List<Change> between(ChildsPlanVersion agreed, ChildsPlanDraft draft) {
        return between(agreed.content(), draft.content());
    }

    private static List<Change> between(ChildsPlanContent older, ChildsPlanContent newer) {
        Map<WellbeingIndicator, PlanOutcome> oldOutcomes = older.outcomes();
        Map<WellbeingIndicator, PlanOutcome> newOutcomes = newer.outcomes();
        List<PlanAction> oldActions = older.actions();
        List<PlanAction> newActions = newer.actions();
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(blankAsNone(older.needsSummary()), blankAsNone(newer.needsSummary()))) {
            changes.add(new Change(Kind.NEEDS_REWORDED, "Needs reworded: was \"" + orNobody(blankAsNone(older.needsSummary())) + "\", now \""
                    + orNobody(blankAsNone(newer.needsSummary())) + "\""));
        }
        for (WellbeingIndicator indicator : WellbeingIndicator.values()) {
            PlanOutcome was = oldOutcomes.get(indicator);
            PlanOutcome is = newOutcomes.get(indicator);
            String named = Words.of(indicator);
            if (was == null && is != null) {
                changes.add(new Change(Kind.OUTCOME_ADDED, "Outcome added (" + named + "): " + is.getText()));
            } else if (was != null && is == null) {
                changes.add(new Change(Kind.OUTCOME_REMOVED, "Outcome taken out (" + named + "): " + was.getText()));
            } else if (was != null) {
                if (!was.getText().equals(is.getText())) {
                    changes.add(new Change(Kind.OUTCOME_REWORDED, "Outcome reworded (" + named + "): was \"" + was.getText()
                            + "\", now \"" + is.getText() + "\""));
                }
                if (!was.isMet() && is.isMet()) {
                    changes.add(new Change(Kind.OUTCOME_MET, "Outcome met (" + named + ") on " + Words.date(is.getMetOn()) + ": "
                            + is.getText()));
                } else if (was.isMet() && !is.isMet()) {
                    changes.add(new Change(Kind.OUTCOME_REOPENED, "Outcome open again (" + named + "): " + is.getText()));
                }
            }
        }
        Map<String, PlanAction> before = oldActions.stream().collect(Collectors.toMap(PlanAction::getRef, Function.identity(), (a, b) -> a));
        Map<String, PlanAction> after = newActions.stream().collect(Collectors.toMap(PlanAction::getRef, Function.identity(), (a, b) -> a));
        for (PlanAction was : oldActions) {
            PlanAction is = after.get(was.getRef());
            if (is == null) {
                changes.add(new Change(Kind.ACTION_REMOVED, "Action removed: " + was.getWhat()));
                continue;
            }
            String named = "Action \"" + is.getWhat() + "\": ";
            if (!was.getWhat().equals(is.getWhat())) {
                changes.add(new Change(Kind.ACTION_REWORDED, "Action reworded: was \"" + was.getWhat() + "\", now \"" + is.getWhat() + "\""));
            }
            if (was.getStatus() != is.getStatus()) {
                changes.add(new Change(Kind.ACTION_STATUS, named + Words.of(was.getStatus()) + " → " + Words.of(is.getStatus())));
            }
            if (!Objects.equals(was.getOwnerId(), is.getOwnerId()) || !Objects.equals(was.getWho(), is.getWho())) {
                changes.add(new Change(Kind.ACTION_OWNER, named + "owner " + orNobody(was.getWho()) + " → " + orNobody(is.getWho())));
            }
            if (!Objects.equals(was.getAgency(), is.getAgency())) {
                changes.add(new Change(Kind.ACTION_AGENCY, named + "agency " + orNobody(was.getAgency()) + " → " + orNobody(is.getAgency())));
            }
            if (!Objects.equals(was.getByWhen(), is.getByWhen())) {
                changes.add(new Change(Kind.ACTION_DUE, named + "due " + due(was) + " → " + due(is)));
            }
        }
        for (PlanAction is : newActions) {
            if (!before.containsKey(is.getRef())) {
                changes.add(new Change(Kind.ACTION_ADDED, "Action added: " + is.getWhat() + " (" + orNobody(is.getWho())
                        + (is.getAgency() == null ? "" : ", " + is.getAgency()) + ", due " + due(is) + ")"));
            }
        }
        String servicesWere = blankAsNone(older.services());
        String servicesAre = blankAsNone(newer.services());
        if (!Objects.equals(servicesWere, servicesAre)) {
            changes.add(new Change(Kind.SERVICES_REWORDED, servicesWere == null ? "What will help (services) added: " + servicesAre
                    : servicesAre == null ? "What will help (services) taken out: was \"" + servicesWere + "\""
                    : "What will help (services) reworded: was \"" + servicesWere + "\", now \"" + servicesAre + "\""));
        }
        return changes;
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String due(PlanAction action) {
        return action.getByWhen() == null ? "no date" : Words.date(action.getByWhen());
    }

    private static String orNobody(String value) {
        return value == null ? "none" : value;
    }
}
