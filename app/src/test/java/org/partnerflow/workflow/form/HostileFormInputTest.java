package org.partnerflow.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.testsupport.HostileSeed;
import org.partnerflow.testsupport.HostileValues;
import org.partnerflow.testsupport.InputsTried;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Hostile values thrown at every form in {@code forms/} through {@link FormValidator}: it answers with
 * field messages, never throws, and never accepts a value that breaks its field's rules or that the
 * database could not store. Values come from {@link HostileValues} with the run's seed ({@link HostileSeed}).
 */
@ExtendWith(HostileSeed.class)
class HostileFormInputTest {

    private static final InputsTried TRIED = new InputsTried(HostileFormInputTest.class);
    static final List<FormFile> FORMS = formsOnTheClasspath();
    /** A control character, a bidi override or isolate, or a lone surrogate: said again here, independently of the validator. */
    private static final Pattern REFUSED = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\p{Cs}]");

    record FormFile(String path, CamundaForm form) {
        @Override
        public String toString() {
            return path;
        }
    }

    /** One submission to one form; {@code current} holds the options of valuesKey fields when the task has them. */
    record Submission(FormFile file, Map<String, Object> values, Map<String, Object> current) {
    }

    /** One value that breaks its field whatever else is submitted, with the rest of a submission. */
    record Breach(FormFile file, String key, Object value, Map<String, Object> others) {
    }

    private static List<FormFile> formsOnTheClasspath() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form");
            List<FormFile> out = new ArrayList<>();
            for (Resource r : found) {
                String url = r.getURL().toString();
                out.add(new FormFile(url.substring(url.lastIndexOf("forms/")), CamundaFormReader.read(r.getInputStream())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void writeCounts() {
        TRIED.write();
    }

    @Test
    void everyFormFileInTheFormsModuleIsTried() throws IOException {
        // The product's forms, and the test fixture's (its neutral process for engine and security tests).
        List<String> onDisk = new java.util.ArrayList<>();
        for (Path root : List.of(Path.of("../forms/src/main/resources/forms"), Path.of("src/test/resources/forms"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".form"))
                        .map(f -> "forms/" + root.relativize(f).toString().replace('\\', '/'))
                        .forEach(onDisk::add);
            }
        }
        assertThat(onDisk).isNotEmpty();
        assertThat(FORMS).extracting(FormFile::path).containsExactlyInAnyOrderElementsOf(onDisk);
        TRIED.add("forms", FORMS.size());
    }

    @RepeatedTest(400)
    void whateverIsSubmittedTheValidatorAnswersInFieldMessagesAndAcceptsOnlySoundValues(HostileValues hostile) {
        Submission s = submission(hostile);
        TRIED.add("submissions");
        Map<String, FormComponent> fields = s.file().form().withOptionsFrom(s.current()).inputFieldsByKey();

        Map<String, String> errors = FormValidator.validate(s.file().form(), s.values(), s.current()).asMap();

        assertThat(errors.values()).allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(errors.keySet()).allSatisfy(key -> assertThat(s.values().containsKey(key) || fields.containsKey(key)).isTrue());
        s.values().forEach((key, value) -> {
            if (!errors.containsKey(key)) {
                assertThat(fields).as("an unknown key was accepted: %s", key).containsKey(key);
                assertSound(fields.get(key), value);
            }
        });
        Map<String, Object> merged = new HashMap<>(s.current());
        merged.putAll(s.values());
        CamundaForm form = s.file().form().withOptionsFrom(s.current());
        for (FormComponent field : fields.values()) {
            if (field.validation().required() && !errors.containsKey(field.key()) && !hidden(form, field, merged)) {
                assertThat(isBlank(merged.get(field.key()))).as("required %s accepted empty", field.key()).isFalse();
            }
        }
    }

    @RepeatedTest(400)
    void aValueThatBreaksItsFieldAlwaysGetsAMessageAtThatField(HostileValues hostile) {
        Breach b = breach(hostile);
        TRIED.add("breaking values");
        Map<String, Object> values = new HashMap<>(b.others());
        values.put(b.key(), b.value());

        Map<String, String> errors = FormValidator.validate(b.file().form(), values, Map.of()).asMap();

        assertThat(errors).as("%s=%s in %s", b.key(), abbreviated(b.value()), b.file()).containsKey(b.key());
    }

    @RepeatedTest(200)
    void unknownFieldsAreNamedAndRefused(HostileValues hostile) {
        FormFile file = hostile.random().oneOf(FORMS);
        String key = hostileKey(hostile);
        TRIED.add("unknown fields");
        if (file.form().inputFieldsByKey().containsKey(key)) {
            return;
        }
        assertThat(FormValidator.validate(file.form(), Map.of(key, "x"), Map.of()).asMap())
                .containsEntry(key, "is not a field of this form");
    }

    private static String hostileKey(HostileValues hostile) {
        String key;
        do {
            key = hostile.hostileText();
        } while (key.length() >= 5_000);
        return key;
    }

    /** A whole submission: each field plausible (3 in 7), hostile (3 in 7) or left out, and up to two unknown keys. */
    private static Submission submission(HostileValues hostile) {
        Random random = hostile.random();
        FormFile file = random.oneOf(FORMS);
        Map<String, Object> values = new LinkedHashMap<>(hostile.hostileKeys(2, 5_000, hostile::anything));
        for (FormComponent field : file.form().inputFields()) {
            int roll = random.intRange(1, 7);
            if (roll <= 3) {
                values.put(field.key(), plausible(field, hostile));
            } else if (roll <= 6) {
                values.put(field.key(), hostile.anything());
            }
        }
        return new Submission(file, values, random.trueOrFalse() ? Map.of() : optionsFor(file.form()));
    }

    private static Breach breach(HostileValues hostile) {
        FormFile file = hostile.random().oneOf(FORMS.stream().filter(f -> !f.form().inputFields().isEmpty()).toList());
        FormComponent field = hostile.random().oneOf(file.form().inputFields());
        Map<String, Object> rest = new HashMap<>();
        file.form().inputFields().forEach(f -> rest.put(f.key(), "x"));
        rest.remove(field.key());
        return new Breach(file, field.key(), breaking(field, hostile), rest);
    }

    /** A value that breaks this field whatever the rest of the form says (shown or hidden). */
    private static Object breaking(FormComponent field, HostileValues hostile) {
        Random random = hostile.random();
        List<Supplier<Object>> ways = new ArrayList<>(List.of(hostile::refusedText,
                () -> random.oneOf(new FormValues.NotAFormValue("bytes"), Map.of("k", "v"))));
        switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> ways.add(() -> {
                Object v;
                do {
                    v = hostile.wrongType();
                } while (v instanceof String);
                return v;
            });
            case NUMBER -> {
                ways.add(() -> nonBlank(hostile));
                if (field.whole()) {
                    ways.add(() -> random.intRange(-5, 200) + random.oneOf(0.5, 0.25, 1e-9, -0.1));
                }
                ways.add(() -> random.oneOf(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, true, false, List.of(1)));
            }
            case CHECKBOX -> {
                ways.add(() -> nonBlank(hostile));
                ways.add(() -> random.oneOf(1, 0L, 1.5d, List.of(true)));
            }
            case SELECT, RADIO -> ways.add(() -> random.oneOf(1, 2.5d, true, List.of("x")));
            case CHECKLIST, TAGLIST -> {
                ways.add(() -> nonBlank(hostile));
                ways.add(() -> random.oneOf(1, true));
                ways.add(() -> hostile.listOf(1, 3, hostile::refusedText));
                ways.add(() -> java.util.Collections.nCopies(FormValidator.MAX_CHOICES + 1, "x"));
                ways.add(() -> java.util.Arrays.asList("x", null));
            }
            case DATETIME -> {
                ways.add(() -> random.oneOf(HostileValues.IMPOSSIBLE_DATES));
                ways.add(() -> random.oneOf(1, true, List.of("2026-01-05"), new java.util.Date()));
            }
            default -> throw new IllegalStateException("not an input: " + field.type());
        }
        return random.oneOf(ways).get();
    }

    private static Object nonBlank(HostileValues hostile) {
        String text;
        do {
            text = hostile.hostileText();
        } while (text.isBlank());
        return text;
    }

    /** A value of the right kind for the field (not always a valid one). */
    private static Object plausible(FormComponent field, HostileValues hostile) {
        Random random = hostile.random();
        List<String> options = field.values().stream().map(FormComponent.Option::value).toList();
        List<String> choices = options.isEmpty() ? List.of("org-1", "org-2", "x") : options;
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> hostile.anyText();
            case NUMBER -> random.trueOrFalse() ? (Object) random.longRange(-5, 200) : (Object) anyDouble(random);
            case CHECKBOX -> random.trueOrFalse();
            case SELECT, RADIO -> options.isEmpty() ? random.oneOf("org-1", "x") : random.oneOf(options);
            case CHECKLIST, TAGLIST -> hostile.listOf(0, 4, () -> random.oneOf(choices));
            case DATETIME -> random.oneOf("2026-05-14", "2027-02-28", "2026-05-14T10:30", "10:30", "2024-02-29");
            default -> null;
        };
    }

    /** Doubles near the fields' ranges (whole and fractional), and anywhere at all. */
    private static double anyDouble(Random random) {
        return switch (random.intRange(0, 2)) {
            case 0 -> random.intRange(-5, 200) + random.oneOf(0.0, 0.5, 0.25, 1e-9);
            case 1 -> random.doubleRange(-1e6, 1e6);
            default -> random.oneOf(HostileValues.ODD_DOUBLES);
        };
    }

    /** Options for every valuesKey of the form, as the task's variables would hold them. */
    private static Map<String, Object> optionsFor(CamundaForm form) {
        Map<String, Object> current = new HashMap<>();
        form.inputFields().stream().filter(f -> f.valuesKey() != null).forEach(f -> current.put(f.valuesKey(),
                List.of(Map.of("label", "Org one", "value", "org-1"), Map.of("label", "Org two", "value", "org-2"))));
        return current;
    }

    /** The form's rules, said again independently: what an accepted value must be. */
    private static void assertSound(FormComponent field, Object value) {
        if (value instanceof String text) {
            assertThat(REFUSED.matcher(text).find()).as("%s accepted a refused character", field.key()).isFalse();
        }
        if (value instanceof Collection<?> items) {
            assertThat(items.size()).isLessThanOrEqualTo(FormValidator.MAX_CHOICES);
            items.forEach(i -> assertThat(i).isInstanceOf(String.class));
            items.forEach(i -> assertThat(REFUSED.matcher((String) i).find()).as("%s accepted a refused character", field.key()).isFalse());
            assertThat(new HashSet<>(items)).hasSameSizeAs(items);
        }
        if (value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty()) {
            return;
        }
        FormComponent.Validation rules = field.validation();
        List<String> options = field.values().stream().map(FormComponent.Option::value).toList();
        switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> {
                assertThat(value).as(field.key()).isInstanceOf(String.class);
                String text = (String) value;
                int max = rules.maxLength() != null ? rules.maxLength()
                        : field.type() == FormComponentType.TEXTAREA ? FormValidator.DEFAULT_TEXTAREA_MAX : FormValidator.DEFAULT_TEXTFIELD_MAX;
                assertThat(text.length()).as(field.key()).isLessThanOrEqualTo(max);
                if (rules.minLength() != null) {
                    assertThat(text.length()).as(field.key()).isGreaterThanOrEqualTo(rules.minLength());
                }
                if (field.type() == FormComponentType.TEXTFIELD) {
                    assertThat(text).as(field.key()).doesNotContain("\n", "\r");
                }
                if (rules.pattern() != null && !rules.pattern().isBlank()) {
                    assertThat(Pattern.compile(rules.pattern()).matcher(text).find()).as(field.key()).isTrue();
                }
            }
            case NUMBER -> {
                assertThat(value).as(field.key()).isInstanceOf(Number.class);
                double d = ((Number) value).doubleValue();
                assertThat(Double.isFinite(d)).as(field.key()).isTrue();
                if (rules.min() != null) {
                    assertThat(d).as(field.key()).isGreaterThanOrEqualTo(rules.min());
                }
                if (rules.max() != null) {
                    assertThat(d).as(field.key()).isLessThanOrEqualTo(rules.max());
                }
                if (field.decimalDigits() != null) {
                    assertThat(new java.math.BigDecimal(value.toString()).stripTrailingZeros().scale())
                            .as("%s accepted %s, with more decimal digits than %d", field.key(), value, field.decimalDigits())
                            .isLessThanOrEqualTo(field.decimalDigits());
                }
            }
            case CHECKBOX -> assertThat(value).as(field.key()).isInstanceOf(Boolean.class);
            case SELECT, RADIO -> {
                assertThat(value).as(field.key()).isInstanceOf(String.class);
                if (!field.optionsUnknown()) {
                    assertThat(options).as(field.key()).contains((String) value);
                }
            }
            case CHECKLIST, TAGLIST -> {
                assertThat(value).as(field.key()).isInstanceOf(Collection.class);
                if (!field.optionsUnknown()) {
                    assertThat(options).as(field.key()).containsAll(((Collection<?>) value).stream().map(String.class::cast).toList());
                }
            }
            case DATETIME -> assertRealDateOrTime(field, value);
            default -> fail("accepted a value for %s, which is not an input", field.key());
        }
    }

    private static void assertRealDateOrTime(FormComponent field, Object value) {
        assertThat(value).as(field.key()).isInstanceOf(String.class);
        String text = (String) value;
        try {
            switch (field.subtype() == null ? "date" : field.subtype()) {
                case "time" -> LocalTime.parse(text);
                case "datetime" -> {
                    assertThat(text).matches("\\d{4}-.*");
                    try {
                        OffsetDateTime.parse(text);
                    } catch (DateTimeParseException e) {
                        LocalDateTime.parse(text);
                    }
                }
                default -> assertThat(LocalDate.parse(text).toString()).isEqualTo(text);
            }
        } catch (DateTimeParseException e) {
            fail("%s accepted %s, which is not a real date or time", field.key(), text);
        }
    }

    private static boolean hidden(CamundaForm form, FormComponent field, Map<String, Object> values) {
        return hiddenWithin(form, form.components(), field, values, false);
    }

    /** The field is hidden if it or any group around it is. */
    private static boolean hiddenWithin(CamundaForm form, List<FormComponent> components, FormComponent field,
                                        Map<String, Object> values, boolean parentHidden) {
        for (FormComponent c : components) {
            boolean hiddenHere = parentHidden || FormConditions.isHidden(c, form, values);
            if (c.equals(field)) {
                return hiddenHere;
            }
            if (!c.components().isEmpty() && containsDeep(c, field)) {
                return hiddenWithin(form, c.components(), field, values, hiddenHere);
            }
        }
        return false;
    }

    private static boolean containsDeep(FormComponent group, FormComponent field) {
        return group.components().stream().anyMatch(c -> c.equals(field) || containsDeep(c, field));
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty()
                || Boolean.FALSE.equals(value);
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        String shown = text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " chars)" : text;
        // Control characters do not show in a report: name them.
        return shown.codePoints().mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE ? String.format("\\u%04X", c) : Character.toString(c))
                .collect(java.util.stream.Collectors.joining());
    }
}
