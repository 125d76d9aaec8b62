package org.partnerflow.workflow.form;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one Camunda Form renderer, server-side with Karibu-Testing (no browser, no Spring). */
class CamundaFormViewTest {

    private static final String EVERY_TYPE = """
            {"id":"every-type","type":"default","components":[
              {"id":"t1","type":"text","text":"Intro <script>alert(1)</script>\\n\\nSecond paragraph"},
              {"id":"f1","type":"textfield","key":"name","label":"Name","description":"Full name","validate":{"required":true,"maxLength":50}},
              {"id":"f2","type":"textarea","key":"notes","label":"Notes"},
              {"id":"f3","type":"number","key":"count","label":"Count","defaultValue":2,"validate":{"min":1,"max":3}},
              {"id":"f4","type":"select","key":"priority","label":"Priority","values":[{"label":"Normal","value":"normal"},{"label":"High","value":"high"}]},
              {"id":"f5","type":"radio","key":"decision","label":"Decision","validate":{"required":true},
               "values":[{"label":"Accept","value":"accept"},{"label":"Decline","value":"decline"}]},
              {"id":"f6","type":"textarea","key":"reason","label":"Reason","conditional":{"hide":"=decision != \\"decline\\""}},
              {"id":"f7","type":"checkbox","key":"agreed","label":"Agreed"},
              {"id":"f8","type":"checklist","key":"partners","label":"Partners","values":[{"label":"School","value":"school"},{"label":"College","value":"college"},{"label":"Business","value":"business"}]},
              {"id":"f9","type":"taglist","key":"tags","label":"Tags","values":[{"label":"A","value":"a"},{"label":"B","value":"b"}]},
              {"id":"f10","type":"datetime","subtype":"date","key":"meetOn","label":"Meeting date"},
              {"id":"f11","type":"datetime","subtype":"time","key":"meetAt","label":"Meeting time"},
              {"id":"f12","type":"datetime","subtype":"datetime","key":"reviewAt","label":"Review at"},
              {"id":"g1","type":"group","label":"Contact","conditional":{"hide":"=agreed = true"},"components":[
                {"id":"f13","type":"textfield","key":"email","label":"Email","validate":{"validationType":"email"}}
              ]},
              {"id":"x1","type":"iframe","key":"frame","label":"Unsupported"}
            ]}""";

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private CamundaFormView render(Map<String, Object> initial) {
        CamundaFormView view = new CamundaFormView(CamundaFormReader.read(EVERY_TYPE), initial);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void everyComponentTypeBecomesItsVaadinFieldWithLabelHelpAndRequiredMark() {
        render(Map.of());

        TextField name = _get(TextField.class, s -> s.withId("field-name"));
        assertThat(name.getLabel()).isEqualTo("Name");
        assertThat(name.getHelperText()).isEqualTo("Full name");
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        assertThat(name.getMaxLength()).isEqualTo(50);
        assertThat(_get(TextArea.class, s -> s.withId("field-notes")).getLabel()).isEqualTo("Notes");
        NumberField count = _get(NumberField.class, s -> s.withId("field-count"));
        assertThat(count.getMin()).isEqualTo(1);
        assertThat(count.getMax()).isEqualTo(3);
        assertThat(_get(Select.class, s -> s.withId("field-priority")).getLabel()).isEqualTo("Priority");
        assertThat(_get(RadioButtonGroup.class, s -> s.withId("field-decision")).isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(Checkbox.class, s -> s.withId("field-agreed")).getLabel()).isEqualTo("Agreed");
        assertThat(_get(CheckboxGroup.class, s -> s.withId("field-partners")).getLabel()).isEqualTo("Partners");
        assertThat(_get(MultiSelectComboBox.class, s -> s.withId("field-tags")).getLabel()).isEqualTo("Tags");
        assertThat(_get(DatePicker.class, s -> s.withId("field-meetOn")).getLabel()).isEqualTo("Meeting date");
        assertThat(_get(TimePicker.class, s -> s.withId("field-meetAt")).getLabel()).isEqualTo("Meeting time");
        assertThat(_get(DateTimePicker.class, s -> s.withId("field-reviewAt")).getLabel()).isEqualTo("Review at");
        assertThat(_get(H3.class, s -> s.withText("Contact"))).isNotNull();
        assertThat(_find(TextField.class, s -> s.withId("field-frame"))).isEmpty();
    }

    @Test
    void aWholeNumberFieldTakesWholeNumbersInStepsOfOneAndGivesBackALong() {
        CamundaForm form = CamundaFormReader.read("""
                {"id":"whole","components":[
                  {"id":"r","type":"number","key":"rating","label":"Rating","decimalDigits":0,"validate":{"min":1,"max":6}},
                  {"id":"s","type":"number","key":"stored","label":"Stored fraction","decimalDigits":0}
                ]}""");
        CamundaFormView view = new CamundaFormView(form, Map.of("stored", 2.5));
        UI.getCurrent().add(view);

        IntegerField rating = _get(IntegerField.class, s -> s.withId("field-rating"));
        assertThat(rating.getMin()).isEqualTo(1);
        assertThat(rating.getMax()).isEqualTo(6);
        assertThat(rating.getStep()).isEqualTo(1);
        assertThat(_get(IntegerField.class, s -> s.withId("field-stored")).getValue()).as("a fraction is not shown rounded").isNull();
        _setValue(rating, 4);
        assertThat(view.values()).containsEntry("rating", 4L);
    }

    @Test
    void aSearchableSelectIsAComboBoxFilteredByWhatIsTypedHoldingTheOptionsValue() {
        CamundaForm form = CamundaFormReader.read("""
                {"id":"searchable","components":[
                  {"id":"s","type":"select","key":"school","label":"School","searchable":true,"valuesKey":"schools","validate":{"required":true}}
                ]}""");
        CamundaFormView view = new CamundaFormView(form, Map.of("school", "eastfield", "schools", List.of(
                Map.of("label", "Eastfield Primary, Glasgow City", "value", "eastfield"),
                Map.of("label", "Northfield Academy, Glasgow City", "value", "northfield"),
                Map.of("label", "Cartside Primary, Renfrewshire", "value", "cartside"))));
        UI.getCurrent().add(view);

        @SuppressWarnings("unchecked")
        ComboBox<String> school = _get(ComboBox.class, s -> s.withId("field-school"));
        assertThat(school.getLabel()).isEqualTo("School");
        assertThat(school.isRequiredIndicatorVisible()).isTrue();
        assertThat(school.isAllowCustomValue()).isFalse();
        assertThat(school.getValue()).as("a pre-filled option").isEqualTo("eastfield");
        setUserInput(school, "primary");
        assertThat(getSuggestions(school)).containsExactly("Eastfield Primary, Glasgow City", "Cartside Primary, Renfrewshire");
        _setValue(school, "northfield");
        assertThat(view.values()).containsEntry("school", "northfield");
        assertThat(_find(Select.class)).isEmpty();
    }

    @Test
    void textIsShownAsEscapedPlainParagraphsNeverAsHtml() {
        render(Map.of());

        List<Paragraph> paragraphs = _find(Paragraph.class);
        assertThat(paragraphs).extracting(Paragraph::getText)
                .contains("Intro <script>alert(1)</script>", "Second paragraph");
        // setText: a single text node, so the browser shows the characters and runs nothing.
        assertThat(paragraphs.get(0).getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(paragraphs.get(0).getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void defaultsAndTheTasksVariablesPreFillTheFields() {
        render(Map.of("name", "Ailsa", "partners", List.of("school", "college", "not-an-option"),
                "meetOn", "2026-12-03", "meetAt", "14:30", "reviewAt", "2026-12-03T09:15", "agreed", true,
                "priority", "high", "count", "not-a-number"));

        assertThat(_get(TextField.class, s -> s.withId("field-name")).getValue()).isEqualTo("Ailsa");
        assertThat(_get(CheckboxGroup.class, s -> s.withId("field-partners")).getValue()).isEqualTo(Set.of("school", "college"));
        assertThat(_get(DatePicker.class, s -> s.withId("field-meetOn")).getValue()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(_get(TimePicker.class, s -> s.withId("field-meetAt")).getValue()).isEqualTo(LocalTime.of(14, 30));
        assertThat(_get(Checkbox.class, s -> s.withId("field-agreed")).getValue()).isTrue();
        assertThat(_get(Select.class, s -> s.withId("field-priority")).getValue()).isEqualTo("high");
        // A value of the wrong shape is ignored: the field stays empty rather than showing nonsense.
        assertThat(_get(NumberField.class, s -> s.withId("field-count")).getValue()).isNull();
    }

    @Test
    void valuesComeBackInTheValidatorsTypesAndLeaveOutEmptyAndHiddenFields() {
        CamundaFormView view = render(Map.of());
        _setValue(_get(TextField.class, s -> s.withId("field-name")), "Ailsa");
        _setValue(_get(NumberField.class, s -> s.withId("field-count")), 3.0);
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("field-decision")), "accept");
        ((TextArea) view.fieldFor("reason").orElseThrow()).setValue("left in a hidden field");
        _setValue(_get(CheckboxGroup.class, s -> s.withId("field-partners")), Set.of("business", "school"));
        _setValue(_get(DatePicker.class, s -> s.withId("field-meetOn")), LocalDate.of(2027, 1, 15));
        _setValue(_get(TimePicker.class, s -> s.withId("field-meetAt")), LocalTime.of(9, 5));

        Map<String, Object> values = view.values();

        assertThat(values).containsEntry("name", "Ailsa")
                .containsEntry("count", 3L)
                .containsEntry("decision", "accept")
                .containsEntry("partners", List.of("school", "business"))
                .containsEntry("meetOn", "2027-01-15")
                .containsEntry("meetAt", "09:05")
                .containsEntry("agreed", false)
                .doesNotContainKey("notes")
                .doesNotContainKey("reason");
    }

    @Test
    void conditionalHideFollowsTheValuesAsTheyChange() {
        CamundaFormView view = render(Map.of());
        TextArea reason = (TextArea) view.fieldFor("reason").orElseThrow();
        assertThat(reason.isVisible()).isFalse();
        assertThat(_find(TextArea.class, s -> s.withId("field-reason"))).isEmpty();

        _setValue(_get(RadioButtonGroup.class, s -> s.withId("field-decision")), "decline");
        assertThat(reason.isVisible()).isTrue();

        _setValue(_get(RadioButtonGroup.class, s -> s.withId("field-decision")), "accept");
        assertThat(reason.isVisible()).isFalse();
    }

    @Test
    void aHiddenGroupHidesItsFieldsAndTheirValues() {
        CamundaFormView view = render(Map.of("email", "a@b.org"));
        assertThat(view.values()).containsEntry("email", "a@b.org");

        _setValue(_get(Checkbox.class, s -> s.withId("field-agreed")), true);

        assertThat(view.values()).doesNotContainKey("email");
        assertThat(_find(TextField.class, s -> s.withId("field-email"))).isEmpty();
    }

    @Test
    void showErrorsMarksTheRefusedFieldsAndClearsEarlierMarks() {
        CamundaFormView view = render(Map.of());
        TextField name = _get(TextField.class, s -> s.withId("field-name"));
        NumberField count = _get(NumberField.class, s -> s.withId("field-count"));

        view.showErrors(Map.of("name", "is required", "count", "must be at most 3"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("is required");
        assertThat(count.getErrorMessage()).isEqualTo("must be at most 3");

        view.showErrors(Map.of("count", "must be at least 1", "bogus", "is not a field of this form"));
        assertThat(name.isInvalid()).isFalse();
        assertThat(count.getErrorMessage()).isEqualTo("must be at least 1");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("bogus: is not a field of this form");
    }

    @Test
    void theRealFormsRenderAFieldForEveryInput() {
        for (String path : List.of("/forms/fixture/partnership-enquiry.form",
                "/forms/fixture/review-partnership-enquiry.form")) {
            InputStream json = getClass().getResourceAsStream(path);
            assertThat(json).as(path).isNotNull();
            CamundaForm form = CamundaFormReader.read(json);
            CamundaFormView view = new CamundaFormView(form, Map.of());
            for (FormComponent field : form.inputFields()) {
                assertThat(view.fieldFor(field.key())).as("%s: %s", path, field.key()).isPresent();
            }
        }
    }
}
