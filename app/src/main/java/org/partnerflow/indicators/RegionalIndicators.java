package org.partnerflow.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.partnerflow.indicators.CriticalIndicator.BetterWhen;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional table of critical indicators: read by everyone (forms offer it, pages chart it), kept
 * up to date by managers. Every change is checked here and refused in words if it cannot be made;
 * a change made by someone else meanwhile is detected, not overwritten.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class RegionalIndicators {

    /** What a manager may set on an indicator. A baseline or target comes with its school year. */
    public record Details(String name, String unit, BetterWhen betterWhen, BigDecimal baseline, String baselineYear,
                          BigDecimal target, String targetYear) {
    }

    /** An indicator with its yearly values, oldest first. */
    public record Row(CriticalIndicator indicator, List<YearlyValue> values) {

        public Optional<YearlyValue> latest() {
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
        }

        /** Where the latest value stands against the baseline and the target, in words. */
        public String progress() {
            if (values.isEmpty()) {
                return "No value since the baseline";
            }
            YearlyValue last = values.get(values.size() - 1);
            String when = " (" + last.getSchoolYear() + ")";
            if (indicator.meetsTarget(last.getMeasured())) {
                return "Target met" + when;
            }
            if (indicator.getBaseline() == null) {
                return "No baseline to compare with" + when;
            }
            return (indicator.improvesOnBaseline(last.getMeasured()) ? "Better than the baseline, short of the target"
                    : "Not yet better than the baseline") + when;
        }
    }

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(20\\d\\d)-(\\d\\d)");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000);

    private final CriticalIndicators indicators;
    private final YearlyValues values;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final Clock clock;

    RegionalIndicators(CriticalIndicators indicators, YearlyValues values, CurrentUser currentUser, Permissions permissions, Clock clock) {
        this.indicators = indicators;
        this.values = values;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.clock = clock;
    }

    public List<CriticalIndicator> all() {
        return indicators.findAllByOrderByPositionAsc();
    }

    public List<Row> table() {
        Map<Long, List<YearlyValue>> byIndicator = values.findAllByOrderBySchoolYearAsc().stream()
                .collect(Collectors.groupingBy(YearlyValue::getIndicatorId));
        return all().stream().map(i -> new Row(i, byIndicator.getOrDefault(i.getId(), List.of()))).toList();
    }

    public Optional<CriticalIndicator> find(String code) {
        return code == null ? Optional.empty() : indicators.findByCode(code.strip());
    }

    /** The indicators with these codes, in the table's order (unknown codes are left out). */
    public List<CriticalIndicator> withCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : indicators.findByCodeIn(codes).stream()
                .sorted(java.util.Comparator.comparingInt(CriticalIndicator::getPosition)).toList();
    }

    /**
     * The codes a form's checklist submitted, each checked against the table.
     *
     * @param unknown the refusal for a code that is not in the table (at the form's field)
     */
    public java.util.Set<String> known(Object submitted, java.util.function.Function<Object, RuntimeException> unknown) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        if (submitted instanceof Collection<?> chosen && !chosen.isEmpty()) {
            Map<String, CriticalIndicator> table = byCode();
            for (Object code : chosen) {
                if (!table.containsKey(String.valueOf(code))) {
                    throw unknown.apply(code);
                }
                codes.add(String.valueOf(code));
            }
        }
        return codes;
    }

    /** The table as options for a form's checklist ({@code valuesKey}): label the name, value the code. */
    public List<Map<String, String>> asOptions() {
        return all().stream().map(i -> Map.of("label", i.getName(), "value", i.getCode())).toList();
    }

    public boolean mayEdit() {
        return permissions.mayEditIndicators();
    }

    /** Adds an indicator to the table (a new plan's indicator). */
    @Transactional
    @PreAuthorize("@permissions.mayEditIndicators()")
    public CriticalIndicator add(String code, Details details) {
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.length() < 3 || cleanCode.length() > 40 || !CODE.matcher(cleanCode).matches()) {
            throw new Refusal("The code needs 3 to 40 lower-case letters, digits and hyphens, for example primary-writing.");
        }
        if (indicators.existsByCode(cleanCode)) {
            throw new Refusal("There is already an indicator with the code " + cleanCode + ".");
        }
        String name = checkedName(details);
        if (indicators.existsByNameIgnoreCase(name)) {
            throw new Refusal("There is already an indicator called \"" + name + "\".");
        }
        int position = all().stream().mapToInt(CriticalIndicator::getPosition).max().orElse(0) + 1;
        CriticalIndicator indicator = new CriticalIndicator(cleanCode, position, name, checkedUnit(details), checkedDirection(details));
        apply(indicator, details);
        return indicators.save(indicator);
    }

    /**
     * Changes an indicator as the manager saw it at {@code seenVersion}.
     *
     * @throws StaleRecordException if someone changed it meanwhile
     */
    @Transactional
    @PreAuthorize("@permissions.mayEditIndicators()")
    public CriticalIndicator edit(long indicatorId, long seenVersion, Details details) {
        CriticalIndicator indicator = indicators.findById(indicatorId).orElseThrow(() -> new Refusal("That indicator no longer exists."));
        if (indicator.getVersion() != seenVersion) {
            throw new StaleRecordException("indicator", seenVersion, indicator.getVersion());
        }
        String name = checkedName(details);
        if (!name.equalsIgnoreCase(indicator.getName()) && indicators.existsByNameIgnoreCase(name)) {
            throw new Refusal("There is already an indicator called \"" + name + "\".");
        }
        indicator.describe(name, checkedUnit(details), checkedDirection(details));
        apply(indicator, details);
        return indicator;
    }

    /**
     * Records what the indicator measured in a school year. A year that already has a value is
     * corrected only by someone who saw that value ({@code seenVersion}); otherwise it is refused.
     */
    @Transactional
    @PreAuthorize("@permissions.mayEditIndicators()")
    public YearlyValue recordValue(long indicatorId, String schoolYear, BigDecimal measured, String note, Long seenVersion) {
        CriticalIndicator indicator = indicators.findById(indicatorId).orElseThrow(() -> new Refusal("That indicator no longer exists."));
        String year = checkedYear(schoolYear, "The school year");
        checkedNumber(measured, "The value", true);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new Refusal("The note can be up to 1,000 characters.");
        }
        Optional<YearlyValue> existing = values.findByIndicatorIdAndSchoolYear(indicator.getId(), year);
        YearlyValue value;
        if (existing.isPresent()) {
            value = existing.get();
            if (seenVersion == null) {
                throw new Refusal(indicator.getName() + " already has a value for " + year + " (" + plain(value.getMeasured())
                        + "). Correct that value instead.");
            }
            if (value.getVersion() != seenVersion) {
                throw new StaleRecordException("value", seenVersion, value.getVersion());
            }
        } else {
            value = new YearlyValue(indicator.getId(), year);
        }
        value.record(measured, cleanNote, currentUser.requireId(), clock.instant());
        return values.save(value);
    }

    private void apply(CriticalIndicator indicator, Details details) {
        BigDecimal baseline = checkedNumber(details.baseline(), "The baseline", false);
        BigDecimal target = checkedNumber(details.target(), "The target", false);
        String baselineYear = baseline == null ? blankToNull(details.baselineYear(), "baseline") : checkedYear(details.baselineYear(), "The baseline's school year");
        String targetYear = target == null ? blankToNull(details.targetYear(), "target") : checkedYear(details.targetYear(), "The target's school year");
        if (baselineYear != null && targetYear != null && targetYear.compareTo(baselineYear) <= 0) {
            throw new Refusal("The target's school year must come after the baseline's (" + baselineYear + ").");
        }
        indicator.baseline(baseline, baselineYear);
        indicator.target(target, targetYear);
        indicator.changedBy(currentUser.requireId(), clock.instant());
    }

    private static String blankToNull(String year, String what) {
        if (year != null && !year.isBlank()) {
            throw new Refusal("Give the " + what + " value for " + year.strip() + ", or clear the year.");
        }
        return null;
    }

    private static String checkedName(Details details) {
        String name = details.name() == null ? "" : details.name().strip();
        if (name.length() < 3 || name.length() > 300) {
            throw new Refusal("The indicator's name needs between 3 and 300 characters.");
        }
        return name;
    }

    private static String checkedUnit(Details details) {
        String unit = details.unit() == null ? "" : details.unit().strip();
        if (unit.isEmpty() || unit.length() > 40) {
            throw new Refusal("Give the unit (percent, score, per 1000 pupils), up to 40 characters.");
        }
        return unit;
    }

    private static BetterWhen checkedDirection(Details details) {
        if (details.betterWhen() == null) {
            throw new Refusal("Say whether higher or lower values are better.");
        }
        return details.betterWhen();
    }

    private static BigDecimal checkedNumber(BigDecimal value, String what, boolean required) {
        if (value == null) {
            if (required) {
                throw new Refusal(what + " is required.");
            }
            return null;
        }
        if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new Refusal(what + " must be below 1,000,000 with at most two decimals.");
        }
        return value;
    }

    /** A school year such as 2018-19: the second part is the year after the first. */
    static String checkedYear(String year, String what) {
        Matcher m = SCHOOL_YEAR.matcher(year == null ? "" : year.strip());
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new Refusal(what + " must be written like 2018-19.");
        }
        return m.group();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** Codes to indicators, for pages that show linked indicators by name. */
    public Map<String, CriticalIndicator> byCode() {
        return all().stream().collect(Collectors.toMap(CriticalIndicator::getCode, i -> i, (a, b) -> a, LinkedHashMap::new));
    }
}
