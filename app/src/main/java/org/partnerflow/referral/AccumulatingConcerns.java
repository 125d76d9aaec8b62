package org.partnerflow.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerflow.identity.Permissions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns accumulating about one child ({@link AccumulatingConcernsRule}): noticed when a concern is
 * recorded, looked at together by the child's Named Persons (the referral's "Concerns accumulating"
 * event subprocess), shown to the managers of the child's council and marked on the child's record.
 * Only people who work on the child's cases see the concerns together; a raiser is never told.
 */
@Service
@EnableConfigurationProperties(AccumulatingConcernsRule.class)
public class AccumulatingConcerns {

    private final WellbeingConcerns concerns;
    private final ConcernPatterns patterns;
    private final Children children;
    private final CaseAccess access;
    private final Permissions permissions;
    private final AccumulatingConcernsRule rule;
    private final Clock clock;

    AccumulatingConcerns(WellbeingConcerns concerns, ConcernPatterns patterns, Children children, CaseAccess access, Permissions permissions,
                         AccumulatingConcernsRule rule, Clock clock) {
        this.concerns = concerns;
        this.patterns = patterns;
        this.children = children;
        this.access = access;
        this.permissions = permissions;
        this.rule = rule;
        this.clock = clock;
    }

    /** A child whose concerns are accumulating, as their council's managers see it. */
    public record Flagged(ConcernPattern pattern, Child child) {
    }

    /**
     * Part of "Record the concern": whether this concern brings the number of different people who raised
     * a concern about the child within the window to the threshold; if so the pattern is recorded.
     */
    Optional<ConcernPattern> notice(WellbeingConcern concern) {
        List<WellbeingConcern> recent = recentOf(concern.getChild().getId());
        long raisers = recent.stream().map(WellbeingConcern::getRaisedBy).filter(Objects::nonNull).distinct().count();
        if (raisers < rule.threshold()) {
            return Optional.empty();
        }
        return Optional.of(patterns.save(new ConcernPattern(concern.getChild().getId(), concern.getId(), clock.instant(), (int) raisers,
                recent.size())));
    }

    /** "Record the look at the recent concerns": what the Named Person made of them. */
    void lookedAt(WellbeingConcern concern, LookAtRecentConcernsAnswers answers, String by) {
        ConcernPattern pattern = patterns.findByConcernId(concern.getId())
                .orElseThrow(() -> new IllegalStateException("No concern pattern noticed with concern " + concern.getId()));
        String note = answers.recentConcernsNote() == null ? null : answers.recentConcernsNote().strip();
        pattern.lookedAt(by, clock.instant(), answers.recentConcernsDecision(), note);
    }

    /**
     * The child's concerns raised within the window, oldest first, for someone who works on the given
     * case (beside its tasks); nobody else gets any.
     */
    @Transactional(readOnly = true)
    public List<WellbeingConcern> recentBeside(WellbeingConcern concern) {
        if (!access.worksOn(concern) || patterns.findByChildIdOrderByNoticedAtDesc(concern.getChild().getId()).stream()
                .noneMatch(p -> !p.getNoticedAt().isBefore(since()))) {
            return List.of();
        }
        return recentOf(concern.getChild().getId());
    }

    /** The child's latest pattern within the window: the mark on the child's record (whose page checks access). */
    @Transactional(readOnly = true)
    public Optional<ConcernPattern> current(long childId) {
        return patterns.findByChildIdOrderByNoticedAtDesc(childId).stream().filter(p -> !p.getNoticedAt().isBefore(since())).findFirst();
    }

    /** Children whose concerns are accumulating, within the window, of the councils the signed-in manager oversees. */
    @Transactional(readOnly = true)
    public List<Flagged> forManagers() {
        if (!permissions.mayOverseeCases()) {
            return List.of();
        }
        List<ConcernPattern> noticed = patterns.findTop200ByNoticedAtAfterOrderByNoticedAtDesc(since());
        // One query for the children of up to 200 patterns, not one each.
        Map<Long, Child> byId = children.findAllById(noticed.stream().map(ConcernPattern::getChildId).distinct().toList()).stream()
                .collect(Collectors.toMap(Child::getId, c -> c));
        return noticed.stream()
                .filter(p -> byId.containsKey(p.getChildId()))
                .map(p -> new Flagged(p, byId.get(p.getChildId())))
                .filter(f -> permissions.mayOverseeCasesOf(f.child().getAuthorityCode()))
                .toList();
    }

    /** The window, in words for the pages ("7 days"). */
    public String window() {
        Period period = Period.parse(rule.window());
        return period.getDays() > 0 && period.getMonths() == 0 && period.getYears() == 0 ? period.getDays() + " days" : rule.window();
    }

    private List<WellbeingConcern> recentOf(long childId) {
        Instant since = since();
        return concerns.findAllOfChild(childId).stream().filter(c -> !c.getRaisedAt().isBefore(since)).toList();
    }

    private Instant since() {
        return clock.instant().minus(Period.parse(rule.window()));
    }
}
