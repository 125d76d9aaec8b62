package org.partnerflow.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The typed contract between the forms and the code: every {@code .form} has one {@link AnswersOf}
 * record, whose components are exactly the form's input keys, each of a Java type that field's values
 * convert to (an enum's constants cover the field's options). Rename a key on one side only and this fails.
 */
class FormContractTest {

    private static final Map<String, CamundaForm> FORMS = forms();
    private static final Map<String, List<Class<?>>> RECORDS = records();

    @TestFactory
    Stream<DynamicTest> everyFormHasOneRecordWithItsKeysAndTypes() {
        return FORMS.keySet().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            List<Class<?>> records = RECORDS.getOrDefault(id, List.of());
            assertThat(records).as("records marked @AnswersOf(\"%s\")", id).hasSize(1);
            assertThat(mismatches(FORMS.get(id), records.get(0))).as("%s against %s", records.get(0).getName(), id).isEmpty();
        }));
    }

    @Test
    void everyRecordNamesAForm() {
        assertThat(new TreeSet<>(RECORDS.keySet())).isSubsetOf(FORMS.keySet());
    }

    @Test
    void aRenamedKeyOrAWrongTypeIsFound() {
        CamundaForm form = CamundaFormReader.read("""
                {"id":"f","components":[
                  {"key":"observedOn","type":"datetime","subtype":"date"},
                  {"key":"decision","type":"radio","values":[{"label":"Continue","value":"continue"},{"label":"Step down","value":"step-down"},{"label":"Close","value":"close"}]},
                  {"key":"rating","type":"number","decimalDigits":0}]}""");
        assertThat(mismatches(form, Good.class)).isEmpty();
        assertThat(mismatches(form, Renamed.class)).containsExactlyInAnyOrder(
                "observedOn: a form key the record lacks", "seenOn: a component the form lacks");
        assertThat(mismatches(form, WrongTypes.class)).containsExactlyInAnyOrder(
                "observedOn: a datetime field's value is not String", "decision: option 'close' is no constant of Decision",
                "rating: a whole number field's value is not BigDecimal");
        // Options read as numbers only when every option is a whole number.
        assertThat(mismatches(form, NumberedDecision.class)).containsExactly("decision: a radio field's value is not Integer");
    }

    record NumberedDecision(LocalDate observedOn, Integer decision, Integer rating) {
    }

    enum Decision { CONTINUE, STEP_DOWN }

    enum FullDecision { CONTINUE, STEP_DOWN, CLOSE }

    record Good(LocalDate observedOn, FullDecision decision, Integer rating) {
    }

    record Renamed(LocalDate seenOn, FullDecision decision, Integer rating) {
    }

    record WrongTypes(String observedOn, Decision decision, BigDecimal rating) {
    }

    /** What does not match, in words; empty when the record is the form's contract. */
    static List<String> mismatches(CamundaForm form, Class<?> record) {
        List<String> out = new ArrayList<>();
        Map<String, FormComponent> fields = form.inputFieldsByKey();
        Map<String, RecordComponent> components = Stream.of(record.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, TreeMap::new));
        fields.keySet().stream().filter(k -> !components.containsKey(k)).forEach(k -> out.add(k + ": a form key the record lacks"));
        components.keySet().stream().filter(k -> !fields.containsKey(k)).forEach(k -> out.add(k + ": a component the form lacks"));
        components.forEach((key, c) -> {
            FormComponent field = fields.get(key);
            if (field != null) {
                typeMismatch(field, c).ifPresent(problem -> out.add(key + ": " + problem));
            }
        });
        return out;
    }

    private static java.util.Optional<String> typeMismatch(FormComponent field, RecordComponent c) {
        Class<?> type = Answers.boxed(c.getType());
        Class<?> element = Collection.class.isAssignableFrom(type) ? Answers.elementType(c.getGenericType()) : null;
        String kind = field.type().name().toLowerCase();
        boolean fits = switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> type == String.class;
            case DATETIME -> "date".equals(field.subtype()) ? type == LocalDate.class : type == String.class;
            case NUMBER -> field.whole() ? type == Integer.class || type == Long.class : type == BigDecimal.class || type == Double.class;
            case CHECKBOX -> type == Boolean.class;
            // Options that are all whole numbers (a 1 to 6 rating) may be read as the number they are.
            case SELECT, RADIO -> type == String.class || type.isEnum()
                    || (type == Integer.class && !field.values().isEmpty() && field.values().stream().allMatch(o -> o.value().matches("-?\\d{1,9}")));
            case CHECKLIST, TAGLIST -> (type == List.class || type == Set.class) && (element == String.class || element.isEnum());
            default -> false;
        };
        if (!fits) {
            return java.util.Optional.of("a " + (field.whole() ? "whole number" : kind) + " field's value is not " + c.getType().getSimpleName());
        }
        Class<?> options = type.isEnum() ? type : element != null && element.isEnum() ? element : null;
        if (options != null && field.type().hasOptions() && !field.optionsUnknown()) {
            for (FormComponent.Option option : field.values()) {
                try {
                    constantOf(options, option.value());
                } catch (IllegalArgumentException e) {
                    return java.util.Optional.of("option '" + option.value() + "' is no constant of " + options.getSimpleName());
                }
            }
        }
        return java.util.Optional.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void constantOf(Class<?> type, String value) {
        Answers.constant((Class) type, value);
    }

    private static Map<String, CamundaForm> forms() {
        Map<String, CamundaForm> out = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                CamundaForm form = CamundaFormReader.read(r.getInputStream());
                out.put(form.id(), form);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(out).as("forms on the class path").isNotEmpty();
        return out;
    }

    private static Map<String, List<Class<?>>> records() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true; // records nested in a feature's classes count too
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(AnswersOf.class));
        Map<String, List<Class<?>>> out = new TreeMap<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.partnerflow")) {
            try {
                Class<?> type = Class.forName(d.getBeanClassName());
                assertThat(type.isRecord()).as("%s is a record", type.getName()).isTrue();
                out.computeIfAbsent(type.getAnnotation(AnswersOf.class).value(), k -> new ArrayList<>()).add(type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
