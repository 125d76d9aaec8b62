package org.partnerflow.workflow.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The one server-side check of submitted values against a Camunda Form. The engine does not
 * enforce form-js {@code validate} rules, so every path that completes a task or starts a process
 * with a form runs through this (see {@code FormCheck}).
 *
 * <p>Rules follow form-js: required, min, max, minLength, maxLength, pattern (a partial match, as
 * JavaScript's {@code RegExp.test}), validationType email/phone, and a number field's
 * {@code decimalDigits} (0: whole numbers only). On top of that, values must have the field's type
 * (text, a date or a choice is a String; a number a Number, not text such as "2.0"; a checkbox a
 * Boolean; a checklist a list of Strings; never a Date, bytes, a file, XML or a Java object), options
 * must be among the field's values, dates must exist (four-digit years),
 * text has a length cap even where the form sets none, and keys the form does not define are refused.
 * No text, in any field, may hold control characters (PostgreSQL refuses NUL outright), bidi
 * overrides (they make text read differently from what it is) or lone surrogates. Hidden fields
 * (their {@code conditional.hide} is true) are not validated, as in form-js, and a value sent for
 * one is refused. A read-only field (form-js {@code readonly} or {@code disabled}) keeps the value the
 * task had (else the form's default): a submission may repeat it or leave it out, never change it.
 */
public final class FormValidator {

    /** Cap for fields whose form sets no maxLength: bounds what one submission can write. */
    public static final int DEFAULT_TEXTFIELD_MAX = 1_000;
    public static final int DEFAULT_TEXTAREA_MAX = 20_000;
    /** Cap on a checklist's or taglist's choices: bounds a list whose options come from elsewhere. */
    public static final int MAX_CHOICES = 500;

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,19}$");
    private static final Pattern CONTROL_CHARS = Pattern.compile("[\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069&&[^\\r\\n\\t]]");
    /** form-js's date picker writes ISO dates with four-digit years; wider years do not fit the database's dates. */
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final Pattern ISO_DATE_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private FormValidator() {
    }

    /**
     * @param submitted the values of this submission (plain Java values, see {@link FormValues#plain})
     * @param current   the variables already visible to the task, used for fields not submitted now
     */
    public static FieldErrors validate(CamundaForm form, Map<String, Object> submitted, Map<String, Object> current) {
        FieldErrors errors = new FieldErrors();
        // Options named by valuesKey come from the task's variables, never from what is submitted.
        form = form.withOptionsFrom(current);
        Map<String, FormComponent> fields = form.inputFieldsByKey();
        for (String key : submitted.keySet()) {
            if (!fields.containsKey(key)) {
                errors.add(key, "is not a field of this form");
            }
        }
        Map<String, Object> merged = new HashMap<>(current);
        merged.putAll(submitted);
        for (FormComponent field : fields.values()) {
            if (FormConditions.isHidden(field, form, merged) || hiddenByGroup(form, field, merged)) {
                // A hidden field is not asked for: form-js and the Vaadin form leave it out (a checkbox
                // may come as true or false), so a value sent for it is refused rather than stored unchecked.
                Object value = submitted.get(field.key());
                String message = unstorable(field, value);
                if (message == null && !isEmpty(field, value) && !(field.type() == FormComponentType.CHECKBOX && value instanceof Boolean)) {
                    message = "is not asked for with these answers: leave it out";
                }
                if (message != null) {
                    errors.add(field.key(), message);
                }
                continue;
            }
            if (field.readonly() && submitted.containsKey(field.key())
                    && !sameValue(submitted.get(field.key()), current.containsKey(field.key()) ? current.get(field.key()) : field.defaultValue())) {
                // The form shows it, nobody types it (a recommendation the rules made): a client that sends
                // another value, as a hostile one could through REST, is refused rather than let overwrite it.
                errors.add(field.key(), "cannot be changed: " + field.labelOrKey() + " is shown for reading only, so send it unchanged or leave it out");
                continue;
            }
            String message = check(field, merged.get(field.key()));
            if (message != null) {
                errors.add(field.key(), message);
            }
        }
        return errors;
    }

    /** Whether a read-only field's submitted value is the one it had: numbers by value (2 is 2.0), choices in any order, empty as empty. */
    private static boolean sameValue(Object submitted, Object had) {
        if (isBlank(submitted) || isBlank(had)) {
            return isBlank(submitted) && isBlank(had);
        }
        if (submitted instanceof Number a && had instanceof Number b) {
            BigDecimal x = FormValues.exact(a);
            BigDecimal y = FormValues.exact(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        if (submitted instanceof Collection<?> a && had instanceof Collection<?> b) {
            return a.size() == b.size() && counts(a).equals(counts(b));
        }
        return submitted.equals(had);
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isEmpty()) || (value instanceof Collection<?> c && c.isEmpty());
    }

    /** How often each item stands in the list (a hostile list may hold nulls). */
    private static Map<Object, Integer> counts(Collection<?> items) {
        Map<Object, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts;
    }

    private static boolean hiddenByGroup(CamundaForm form, FormComponent field, Map<String, Object> values) {
        return parentsOf(form.components(), field).stream().anyMatch(g -> FormConditions.isHidden(g, form, values));
    }

    private static List<FormComponent> parentsOf(List<FormComponent> components, FormComponent target) {
        for (FormComponent c : components) {
            if (c.components().contains(target)) {
                return List.of(c);
            }
            List<FormComponent> deeper = parentsOf(c.components(), target);
            if (!deeper.isEmpty()) {
                return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), deeper.stream()).toList();
            }
        }
        return List.of();
    }

    private static String check(FormComponent field, Object value) {
        FormComponent.Validation rules = field.validation();
        String unstorable = unstorable(field, value);
        if (unstorable != null) {
            return unstorable;
        }
        if (isEmpty(field, value)) {
            return rules.required() ? (field.type() == FormComponentType.CHECKBOX ? "must be ticked" : "is required") : null;
        }
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> checkText(field, value);
            case NUMBER -> checkNumber(field, value);
            case CHECKBOX -> value instanceof Boolean ? null : "must be true or false";
            case SELECT, RADIO -> value instanceof String s && (field.optionsUnknown() || optionValues(field).contains(s))
                    ? null : "must be one of: " + String.join(", ", optionValues(field));
            case CHECKLIST, TAGLIST -> checkList(field, value);
            case DATETIME -> checkDateTime(field, value);
            default -> null;
        };
    }

    private static boolean isEmpty(FormComponent field, Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        return field.type() == FormComponentType.CHECKBOX && Boolean.FALSE.equals(value);
    }

    /**
     * What no value may be, whatever the field and whether or not it is shown: text over the field's
     * length, text with characters that are refused, or more choices than a list holds. Checked before
     * emptiness, since a blank text may still hold them (Java counts some control characters as blank).
     */
    private static String unstorable(FormComponent field, Object value) {
        if (value instanceof String text) {
            return unstorableText(text, maxLength(field));
        }
        if (value instanceof Collection<?> items) {
            if (items.size() > MAX_CHOICES) {
                return "must have at most " + MAX_CHOICES + " choices";
            }
            for (Object item : items) {
                if (item instanceof String text && unstorableText(text, DEFAULT_TEXTFIELD_MAX) != null) {
                    return "must contain only: " + String.join(", ", optionValues(field));
                }
            }
        }
        return null;
    }

    /** Whether text holds characters the case record does not store (controls, bidi overrides, lone surrogates). */
    public static boolean hasUnstorableCharacters(String text) {
        return CONTROL_CHARS.matcher(text).find();
    }

    private static String unstorableText(String text, int max) {
        if (text.length() > max) {
            return "must be at most " + max + " characters";
        }
        return CONTROL_CHARS.matcher(text).find() ? "contains characters that are not allowed" : null;
    }

    private static int maxLength(FormComponent field) {
        if (field.type() == FormComponentType.TEXTFIELD || field.type() == FormComponentType.TEXTAREA) {
            return field.validation().maxLength() != null ? field.validation().maxLength()
                    : field.type() == FormComponentType.TEXTAREA ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXTFIELD_MAX;
        }
        return DEFAULT_TEXTFIELD_MAX;
    }

    private static String checkText(FormComponent field, Object value) {
        if (!(value instanceof String text)) {
            return "must be text";
        }
        FormComponent.Validation rules = field.validation();
        if (rules.minLength() != null && text.length() < rules.minLength()) {
            return "must be at least " + rules.minLength() + " characters";
        }
        if (field.type() == FormComponentType.TEXTFIELD && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            return "contains characters that are not allowed";
        }
        if (rules.pattern() != null && !rules.pattern().isBlank()) {
            try {
                if (!Pattern.compile(rules.pattern()).matcher(text).find()) {
                    return "is not in the expected format";
                }
            } catch (PatternSyntaxException e) {
                return "cannot be checked: the form's pattern is invalid";
            }
        }
        if ("email".equals(rules.validationType()) && !EMAIL.matcher(text.trim()).matches()) {
            return "must be a valid email address";
        }
        if ("phone".equals(rules.validationType()) && !PHONE.matcher(text.trim()).matches()) {
            return "must be a valid phone number";
        }
        return null;
    }

    private static String checkNumber(FormComponent field, Object value) {
        FormComponent.Validation rules = field.validation();
        if (!(value instanceof Number number)) {
            return "must be a number";
        }
        double d = number.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "must be a number";
        }
        String digits = checkDecimalDigits(field, number);
        if (digits != null) {
            return digits;
        }
        if (rules.min() != null && d < rules.min()) {
            return "must be at least " + format(rules.min());
        }
        if (rules.max() != null && d > rules.max()) {
            return "must be at most " + format(rules.max());
        }
        return null;
    }

    /** form-js {@code decimalDigits}: 0 means a whole number (a rating, a count), which must also fit a long. */
    private static String checkDecimalDigits(FormComponent field, Number number) {
        Integer allowed = field.decimalDigits();
        if (allowed == null) {
            return null;
        }
        BigDecimal exact = FormValues.exact(number);
        if (exact == null || exact.stripTrailingZeros().scale() > allowed) {
            return allowed == 0 ? "must be a whole number" : "must have at most " + allowed + " digits after the decimal point";
        }
        if (allowed == 0 && (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0)) {
            return "is too large";
        }
        return null;
    }

    private static String checkList(FormComponent field, Object value) {
        if (!(value instanceof Collection<?> list)) {
            return "must be a list of choices";
        }
        Set<String> allowed = Set.copyOf(optionValues(field));
        for (Object item : list) {
            if (!(item instanceof String s) || s.isBlank() || !(field.optionsUnknown() || allowed.contains(s))) {
                return "must contain only: " + String.join(", ", optionValues(field));
            }
        }
        return Set.copyOf(list).size() < list.size() ? "must not contain a choice twice" : null;
    }

    private static String checkDateTime(FormComponent field, Object value) {
        // Only text, as form-js writes it: a Date (Camunda's "Date" type) skipped the four-digit-year rule
        // and reached delegates that read the answer as text.
        if (!(value instanceof String text)) {
            return notADateTime(field);
        }
        try {
            String subtype = field.subtype() == null ? "date" : field.subtype();
            if (!subtype.equals("time") && !ISO_DATE_START.matcher(text).find()) {
                throw new DateTimeParseException("not an ISO date with a four-digit year", text, 0);
            }
            switch (subtype) {
                case "time" -> LocalTime.parse(text);
                case "datetime" -> parseDateTime(text);
                default -> LocalDate.parse(text);
            }
            return null;
        } catch (DateTimeParseException e) {
            return notADateTime(field);
        }
    }

    private static String notADateTime(FormComponent field) {
        return switch (field.subtype() == null ? "date" : field.subtype()) {
            case "time" -> "must be a time (HH:MM)";
            case "datetime" -> "must be a date and time (YYYY-MM-DDTHH:MM)";
            default -> "must be a real date (YYYY-MM-DD)";
        };
    }

    private static void parseDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            LocalDateTime.parse(text);
        }
    }

    private static List<String> optionValues(FormComponent field) {
        return field.values().stream().map(FormComponent.Option::value).collect(Collectors.toList());
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
