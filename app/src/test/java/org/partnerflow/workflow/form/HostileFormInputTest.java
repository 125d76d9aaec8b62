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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.partnerflow.testsupport.HostileValues;
import org.partnerflow.testsupport.InputsTried;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Hostile values thrown at every form in {@code forms/} through {@link FormValidator}: it answers with
 * field messages, never throws, and never accepts a value that breaks its field's rules or that the
 * database could not store.
 */
class HostileFormInputTest {

    private static final InputsTried TRIED = new InputsTried(HostileFormInputTest.class);
    private static final List<FormFile> FORMS = formsOnTheClasspath();
    private static final Object ABSENT = new Object();
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

    @AfterContainer
    static void writeCounts() {
        TRIED.write();
    }

    @Example
    void everyFormFileInTheFormsModuleIsTried() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../forms/src/main/resources/forms"))) {
            List<String> onDisk = files.filter(f -> f.toString().endsWith(".form"))
                    .map(f -> "forms/" + Path.of("../forms/src/main/resources/forms").relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
            assertThat(onDisk).isNotEmpty();
            assertThat(FORMS).extracting(FormFile::path).containsExactlyInAnyOrderElementsOf(onDisk);
        }
        TRIED.add("forms", FORMS.size());
    }

    @Property(tries = 400)
    void whateverIsSubmittedTheValidatorAnswersInFieldMessagesAndAcceptsOnlySoundValues(@ForAll("submissions") Submission s) {
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

    @Property(tries = 400)
    void aValueThatBreaksItsFieldAlwaysGetsAMessageAtThatField(@ForAll("breaches") Breach b) {
        TRIED.add("breaking values");
        Map<String, Object> values = new HashMap<>(b.others());
        values.put(b.key(), b.value());

        Map<String, String> errors = FormValidator.validate(b.file().form(), values, Map.of()).asMap();

        assertThat(errors).as("%s=%s in %s", b.key(), abbreviated(b.value()), b.file()).containsKey(b.key());
    }

    @Property(tries = 200)
    void unknownFieldsAreNamedAndRefused(@ForAll("forms") FormFile file, @ForAll("hostileKeys") String key) {
        TRIED.add("unknown fields");
        if (file.form().inputFieldsByKey().containsKey(key)) {
            return;
        }
        assertThat(FormValidator.validate(file.form(), Map.of(key, "x"), Map.of()).asMap())
                .containsEntry(key, "is not a field of this form");
    }

    @Provide
    Arbitrary<FormFile> forms() {
        return Arbitraries.of(FORMS);
    }

    @Provide
    Arbitrary<String> hostileKeys() {
        return HostileValues.hostileText().filter(k -> k.length() < 5_000);
    }

    @Provide
    Arbitrary<Submission> submissions() {
        return forms().flatMap(file -> {
            List<Arbitrary<Object>> perField = new ArrayList<>();
            for (FormComponent field : file.form().inputFields()) {
                perField.add(Arbitraries.frequencyOf(Tuple.of(3, plausible(field)), Tuple.of(3, HostileValues.anything()),
                        Tuple.of(1, Arbitraries.just(ABSENT))));
            }
            Arbitrary<Map<String, Object>> extra = Arbitraries.maps(hostileKeys(), HostileValues.anything()).ofMaxSize(2);
            Arbitrary<Map<String, Object>> current = Arbitraries.of(Map.<String, Object>of(), optionsFor(file.form()));
            return Combinators.combine(Combinators.combine(perField).as(List::copyOf), extra, current).as((chosen, unknown, known) -> {
                Map<String, Object> values = new LinkedHashMap<>(unknown);
                List<FormComponent> inputs = file.form().inputFields();
                for (int i = 0; i < inputs.size(); i++) {
                    if (chosen.get(i) != ABSENT) {
                        values.put(inputs.get(i).key(), chosen.get(i));
                    }
                }
                return new Submission(file, values, known);
            });
        });
    }

    @Provide
    Arbitrary<Breach> breaches() {
        return forms().filter(f -> !f.form().inputFields().isEmpty()).flatMap(file ->
                Arbitraries.of(file.form().inputFields()).flatMap(field -> {
                    Map<String, Object> rest = new HashMap<>();
                    file.form().inputFields().forEach(f -> rest.put(f.key(), "x"));
                    rest.remove(field.key());
                    return breaking(field).map(value -> new Breach(file, field.key(), value, rest));
                }));
    }

    /** Values that break this field whatever the rest of the form says (shown or hidden). */
    private static Arbitrary<Object> breaking(FormComponent field) {
        Arbitrary<Object> refused = HostileValues.refusedText().map(t -> (Object) t);
        Arbitrary<Object> opaque = Arbitraries.of(new FormValues.NotAFormValue("bytes"), Map.of("k", "v"));
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> Arbitraries.oneOf(refused, opaque, HostileValues.wrongTypes().filter(v -> !(v instanceof String)));
            case NUMBER -> Arbitraries.oneOf(refused, opaque, nonBlank(HostileValues.hostileText()),
                    Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, true, false, List.of(1)));
            case CHECKBOX -> Arbitraries.oneOf(refused, opaque, nonBlank(HostileValues.hostileText()), Arbitraries.of(1, 0L, 1.5d, List.of(true)));
            case SELECT, RADIO -> Arbitraries.oneOf(refused, opaque, Arbitraries.of(1, 2.5d, true, List.of("x")));
            case CHECKLIST, TAGLIST -> Arbitraries.oneOf(refused, opaque, nonBlank(HostileValues.hostileText()), Arbitraries.of(1, true),
                    HostileValues.refusedText().list().ofMinSize(1).ofMaxSize(3).map(l -> (Object) l),
                    Arbitraries.just((Object) java.util.Collections.nCopies(FormValidator.MAX_CHOICES + 1, "x")),
                    Arbitraries.just((Object) java.util.Arrays.asList("x", null)));
            case DATETIME -> Arbitraries.oneOf(refused, opaque, Arbitraries.of(HostileValues.IMPOSSIBLE_DATES).map(d -> (Object) d),
                    Arbitraries.of(1, true, List.of("2026-01-05")));
            default -> throw new IllegalStateException("not an input: " + field.type());
        };
    }

    private static Arbitrary<Object> nonBlank(Arbitrary<String> text) {
        return text.filter(t -> !t.isBlank()).map(t -> (Object) t);
    }

    /** A value of the right kind for the field (not always a valid one). */
    private static Arbitrary<Object> plausible(FormComponent field) {
        List<String> options = field.values().stream().map(FormComponent.Option::value).toList();
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> HostileValues.anyText().map(t -> (Object) t);
            case NUMBER -> Arbitraries.oneOf(Arbitraries.longs().between(-5, 200).map(n -> (Object) n), Arbitraries.doubles().map(d -> (Object) d));
            case CHECKBOX -> Arbitraries.of(true, false).map(b -> (Object) b);
            case SELECT, RADIO -> options.isEmpty() ? Arbitraries.of("org-1", "x").map(o -> (Object) o) : Arbitraries.of(options).map(o -> (Object) o);
            case CHECKLIST, TAGLIST -> (options.isEmpty() ? Arbitraries.of("org-1", "org-2", "x") : Arbitraries.of(options))
                    .list().ofMaxSize(4).map(l -> (Object) l);
            case DATETIME -> Arbitraries.of("2026-05-14", "2027-02-28", "2026-05-14T10:30", "10:30", "2024-02-29").map(d -> (Object) d);
            default -> Arbitraries.just(null);
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
        assertThat(value).as(field.key()).isInstanceOfAny(String.class, java.util.Date.class);
        if (!(value instanceof String text)) {
            return;
        }
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
