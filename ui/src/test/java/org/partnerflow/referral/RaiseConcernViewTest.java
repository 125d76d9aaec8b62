package org.partnerflow.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Raising a concern in the UI: the known-child check, and the case page it leads to. */
class RaiseConcernViewTest extends KaribuSpringTest {

    @Autowired
    WellbeingConcerns concerns;

    @SuppressWarnings("unchecked")
    private void fillIn(String family, String candidateNumber) {
        _setValue(_get(TextField.class, s -> s.withId("field-childGivenName")), "Ailsa");
        _setValue(_get(TextField.class, s -> s.withId("field-childFamilyName")), family);
        _setValue(_get(DatePicker.class, s -> s.withId("field-childDateOfBirth")), LocalDate.of(2016, 4, 12));
        // Searchable (every school of a council): a combo box holding the establishment's code, as the select did.
        _setValue((ComboBox<String>) _get(ComboBox.class, s -> s.withId("field-childEstablishment")), "eastfield-primary");
        if (candidateNumber != null) {
            _setValue(_get(TextField.class, s -> s.withId("field-childCandidateNumber")), candidateNumber);
        }
        _setValue(_get(DatePicker.class, s -> s.withId("field-observedOn")), LocalDate.of(2026, 11, 18));
        _setValue(_get(TextArea.class, s -> s.withId("field-observation")), "Arrived hungry three days running.");
        _setValue((CheckboxGroup<String>) _get(CheckboxGroup.class, s -> s.withId("field-indicators")), Set.of("HEALTHY"));
        _setValue((Select<String>) _get(Select.class, s -> s.withId("field-source")), "school");
        _setValue((RadioButtonGroup<String>) _get(RadioButtonGroup.class, s -> s.withId("field-immediateRisk")), "no");
    }

    private String childMatch() {
        _click(_get(Button.class, s -> s.withId("check-child")));
        return _get(Span.class, s -> s.withId("child-match")).getText();
    }

    @Test
    void aNewChildIsCreatedAndTheCasePageOpens() {
        openUiAs(people.ensure(Role.PRACTITIONER));
        UI.getCurrent().navigate(RaiseConcernView.class);
        String family = "Raised" + System.nanoTime();
        fillIn(family, null);

        assertThat(childMatch()).startsWith("No record of this child yet");
        _click(_get(Button.class, s -> s.withId("raise-concern")));

        assertThat(_get(H2.class, s -> s.withId("case-child")).getText()).isEqualTo("Ailsa " + family);

        UI.getCurrent().navigate(RaiseConcernView.class);
        fillIn(family, null);
        assertThat(childMatch()).as("names and birth date alone are never a match").startsWith("This may be a child already known");
    }

    @Test
    void onlyTheCandidateNumberTypedMakesAChildKnown() {
        String scn = String.valueOf(100_000_000L + (System.nanoTime() % 899_999_999L));
        openUiAs(people.ensure(Role.PRACTITIONER));
        UI.getCurrent().navigate(RaiseConcernView.class);
        fillIn("Numbered" + scn, scn);
        _click(_get(Button.class, s -> s.withId("raise-concern")));

        UI.getCurrent().navigate(RaiseConcernView.class);
        fillIn("Numbered" + scn, scn);
        assertThat(childMatch()).startsWith("This child is already known by their Scottish Candidate Number").doesNotContain("Eastfield");
    }

    @Test
    void aCandidateNumberThatBelongsToAnotherChildIsRefusedWithNothingWritten() {
        String scn = String.valueOf(100_000_000L + (System.nanoTime() % 899_999_999L));
        String practitioner = people.ensure(Role.PRACTITIONER);
        openUiAs(practitioner);
        UI.getCurrent().navigate(RaiseConcernView.class);
        fillIn("Owner" + scn, scn);
        _click(_get(Button.class, s -> s.withId("raise-concern")));
        long before = concerns.count();

        UI.getCurrent().navigate(RaiseConcernView.class);
        fillIn("Someone" + scn, scn);
        assertThat(childMatch()).startsWith("This Scottish Candidate Number belongs to a child with a different name");
        _click(_get(Button.class, s -> s.withId("raise-concern")));

        TextField number = _get(TextField.class, s -> s.withId("field-childCandidateNumber"));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).contains("belongs to a child with a different name");
        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void aSimilarChildIsFlaggedWithoutRevealingThem() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        String family = "Similar" + System.nanoTime();
        openUiAs(practitioner);
        UI.getCurrent().navigate(RaiseConcernView.class);
        fillIn(family, null);
        _click(_get(Button.class, s -> s.withId("raise-concern")));

        UI.getCurrent().navigate(RaiseConcernView.class);
        fillIn(family, null);
        _setValue(_get(TextField.class, s -> s.withId("field-childGivenName")), "Ailsha");

        assertThat(childMatch()).startsWith("This may be a child already known").doesNotContain("Ailsa").doesNotContain("Eastfield");
    }
}
