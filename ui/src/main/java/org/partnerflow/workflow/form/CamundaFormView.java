package org.partnerflow.workflow.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one renderer of Camunda Forms (form-js JSON) as Vaadin components. It shows and collects
 * values; the rules are enforced on the server by {@code FormValidator} whichever way a form is
 * submitted, and {@link #showErrors} marks the fields it refused.
 *
 * <p>Text components are form-js markdown; they are shown as escaped plain text, never as HTML.
 */
public class CamundaFormView extends Composite<VerticalLayout> implements HasSize, HasEnabled, HasStyle {

    private final CamundaForm form;
    private final Map<String, HasValueAndElement<?, ?>> fields = new LinkedHashMap<>();
    private final Map<FormComponent, Component> rendered = new LinkedHashMap<>();
    private final Div formErrors = new Div();

    /**
     * @param initialValues the task's variables: the fields' starting values, and the options of any
     *                      field whose options come from a variable ({@code valuesKey})
     */
    public CamundaFormView(CamundaForm form, Map<String, Object> initialValues) {
        this.form = form.withOptionsFrom(initialValues == null ? Map.of() : initialValues);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(true);
        layout.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        formErrors.addClassName("form-errors");
        formErrors.getElement().setAttribute("role", "alert");
        formErrors.setVisible(false);
        layout.add(formErrors);
        Map<String, Object> initial = initialValues == null ? Map.of() : initialValues;
        this.form.components().forEach(c -> render(c, layout, initial));
        fields.values().forEach(f -> f.addValueChangeListener(e -> applyConditions()));
        applyConditions();
    }

    public CamundaForm form() {
        return form;
    }

    /** Values of the visible input fields, in the types the validator expects; empty fields are left out. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        allValues().forEach((key, value) -> {
            if (value != null && isShown(fields.get(key))) {
                values.put(key, value);
            }
        });
        return values;
    }

    /** Marks each refused field with its message and clears the others. */
    public void showErrors(Map<String, String> fieldErrors) {
        fields.forEach((key, field) -> {
            if (field instanceof HasValidationProperties validation) {
                String message = fieldErrors.get(key);
                validation.setErrorMessage(message);
                validation.setInvalid(message != null);
            }
        });
        List<String> other = fieldErrors.entrySet().stream()
                .filter(e -> !fields.containsKey(e.getKey()) || !isShown(fields.get(e.getKey())))
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        formErrors.removeAll();
        other.forEach(message -> formErrors.add(new Paragraph(message)));
        formErrors.setVisible(!other.isEmpty());
    }

    public Optional<Component> fieldFor(String key) {
        return Optional.ofNullable(fields.get(key)).map(f -> (Component) f);
    }

    private void render(FormComponent component, VerticalLayout parent, Map<String, Object> initial) {
        Component ui = switch (component.type()) {
            case TEXT -> text(component.text());
            case GROUP -> group(component, initial);
            case SEPARATOR -> new Hr();
            case SPACER, UNSUPPORTED -> null;
            default -> component.key() == null ? null : input(component, initial);
        };
        if (ui != null) {
            rendered.put(component, ui);
            parent.add(ui);
        }
    }

    private Component group(FormComponent group, Map<String, Object> initial) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        section.addClassName("form-group");
        section.getElement().setAttribute("role", "group");
        if (group.label() != null && !group.label().isBlank()) {
            H3 heading = new H3(group.label());
            section.add(heading);
            section.getElement().setAttribute("aria-label", group.label());
        }
        group.components().forEach(c -> render(c, section, initial));
        return section;
    }

    /** form-js text is markdown: shown as plain paragraphs, escaped by Vaadin's setText. */
    private static Component text(String markdown) {
        Div text = new Div();
        text.addClassName("form-text");
        if (markdown != null) {
            for (String paragraph : markdown.split("\\n\\s*\\n")) {
                text.add(new Paragraph(paragraph.replaceAll("(?m)^#+\\s*", "").replace("**", "").trim()));
            }
        }
        return text;
    }

    private Component input(FormComponent c, Map<String, Object> initial) {
        HasValueAndElement<?, ?> field = switch (c.type()) {
            case TEXTFIELD -> textField(c);
            case TEXTAREA -> textArea(c);
            case NUMBER -> c.whole() ? wholeNumberField(c) : numberField(c);
            case SELECT -> c.searchable() ? searchableSelect(c) : select(c);
            case RADIO -> radio(c);
            case CHECKBOX -> new Checkbox(c.labelOrKey());
            case CHECKLIST -> checklist(c);
            case TAGLIST -> taglist(c);
            case DATETIME -> dateTime(c);
            default -> null;
        };
        if (field == null) {
            return null;
        }
        Component component = (Component) field;
        component.setId("field-" + c.key());
        if (field instanceof HasHelper helper && c.description() != null) {
            helper.setHelperText(c.description());
        }
        if (c.validation().required() && (field instanceof Select<?> || field instanceof CheckboxGroup<?>)) {
            // Vaadin puts aria-required on these components' button and group roles, which do not allow it
            // (axe: aria-allowed-attr, critical); their label says "required" in words instead.
            ((HasLabel) field).setLabel(c.labelOrKey() + " (required)");
        } else {
            field.setRequiredIndicatorVisible(c.validation().required());
        }
        field.setReadOnly(c.readonly());
        Object value = initial.containsKey(c.key()) ? initial.get(c.key()) : c.defaultValue();
        setValue(c, field, value);
        fields.put(c.key(), field);
        return component;
    }

    private static TextField textField(FormComponent c) {
        TextField field = new TextField(c.labelOrKey());
        FormComponent.Validation v = c.validation();
        if (v.maxLength() != null) {
            field.setMaxLength(v.maxLength());
        }
        if (v.minLength() != null) {
            field.setMinLength(v.minLength());
        }
        if ("email".equals(v.validationType())) {
            field.getElement().setAttribute("autocomplete", "email");
        }
        return field;
    }

    private static TextArea textArea(FormComponent c) {
        TextArea field = new TextArea(c.labelOrKey());
        if (c.validation().maxLength() != null) {
            field.setMaxLength(c.validation().maxLength());
        }
        if (c.validation().minLength() != null) {
            field.setMinLength(c.validation().minLength());
        }
        return field;
    }

    private static NumberField numberField(FormComponent c) {
        NumberField field = new NumberField(c.labelOrKey());
        if (c.validation().min() != null) {
            field.setMin(c.validation().min());
        }
        if (c.validation().max() != null) {
            field.setMax(c.validation().max());
        }
        field.setStepButtonsVisible(c.validation().min() != null && c.validation().max() != null);
        return field;
    }

    /** decimalDigits 0 (a rating, a count): the browser takes whole numbers only, in steps of one. */
    private static IntegerField wholeNumberField(FormComponent c) {
        IntegerField field = new IntegerField(c.labelOrKey());
        if (c.validation().min() != null) {
            field.setMin((int) Math.ceil(c.validation().min()));
        }
        if (c.validation().max() != null) {
            field.setMax((int) Math.floor(c.validation().max()));
        }
        field.setStep(1);
        field.setStepButtonsVisible(c.validation().min() != null && c.validation().max() != null);
        return field;
    }

    private static Select<String> select(FormComponent c) {
        Select<String> field = new Select<>();
        field.setLabel(c.labelOrKey());
        Map<String, String> labels = optionLabels(c);
        field.setItems(labels.keySet());
        field.setItemLabelGenerator(v -> v == null ? "" : labels.getOrDefault(v, v));
        field.setEmptySelectionCaption("–");
        field.setEmptySelectionAllowed(!c.validation().required());
        return field;
    }

    /**
     * form-js {@code searchable}: a list too long to scroll (every school of a council) is a combo box the
     * person types into; it holds the option's value as the select does, and takes only the options.
     */
    private static ComboBox<String> searchableSelect(FormComponent c) {
        ComboBox<String> field = new ComboBox<>(c.labelOrKey());
        Map<String, String> labels = optionLabels(c);
        field.setItems(labels.keySet()); // filtered by label, as typed: "prim" finds every primary
        field.setItemLabelGenerator(v -> v == null ? "" : labels.getOrDefault(v, v));
        field.setAllowCustomValue(false);
        field.setClearButtonVisible(!c.validation().required());
        return field;
    }

    private static RadioButtonGroup<String> radio(FormComponent c) {
        RadioButtonGroup<String> field = new RadioButtonGroup<>(c.labelOrKey());
        Map<String, String> labels = optionLabels(c);
        field.setItems(labels.keySet());
        field.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
        return field;
    }

    private static CheckboxGroup<String> checklist(FormComponent c) {
        CheckboxGroup<String> field = new CheckboxGroup<>(c.labelOrKey());
        Map<String, String> labels = optionLabels(c);
        field.setItems(labels.keySet());
        field.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
        return field;
    }

    private static MultiSelectComboBox<String> taglist(FormComponent c) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(c.labelOrKey());
        Map<String, String> labels = optionLabels(c);
        field.setItems(labels.keySet());
        field.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
        return field;
    }

    private static HasValueAndElement<?, ?> dateTime(FormComponent c) {
        return switch (c.subtype() == null ? "date" : c.subtype()) {
            case "time" -> new TimePicker(c.labelOrKey());
            case "datetime" -> new DateTimePicker(c.labelOrKey());
            default -> new DatePicker(c.labelOrKey());
        };
    }

    private static Map<String, String> optionLabels(FormComponent c) {
        Map<String, String> labels = new LinkedHashMap<>();
        c.values().forEach(o -> labels.put(o.value(), o.label()));
        return labels;
    }

    /** Sets a pre-filled or default value; a value of the wrong shape is ignored rather than shown wrongly. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setValue(FormComponent c, HasValue field, Object value) {
        if (value == null) {
            return;
        }
        try {
            switch (c.type()) {
                case TEXTFIELD, TEXTAREA -> field.setValue(value.toString());
                case NUMBER -> {
                    double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
                    if (field instanceof IntegerField) {
                        // A stored fraction is not shown rounded: the field stays empty and the person answers again.
                        if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                            field.setValue((int) d);
                        }
                    } else {
                        field.setValue(d);
                    }
                }
                case SELECT, RADIO -> {
                    if (c.values().stream().anyMatch(o -> o.value().equals(value.toString()))) {
                        field.setValue(value.toString());
                    }
                }
                case CHECKBOX -> field.setValue(value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString()));
                case CHECKLIST, TAGLIST -> {
                    if (value instanceof Collection<?> list) {
                        Set<String> chosen = new LinkedHashSet<>();
                        list.forEach(v -> {
                            if (c.values().stream().anyMatch(o -> o.value().equals(String.valueOf(v)))) {
                                chosen.add(String.valueOf(v));
                            }
                        });
                        field.setValue(chosen);
                    }
                }
                case DATETIME -> setDateTime(c, field, value.toString());
                default -> { }
            }
        } catch (NumberFormatException | DateTimeParseException | ClassCastException e) {
            // Leave the field empty: the person fills it in, and the validator checks what they send.
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setDateTime(FormComponent c, HasValue field, String text) {
        switch (c.subtype() == null ? "date" : c.subtype()) {
            case "time" -> field.setValue(LocalTime.parse(text));
            case "datetime" -> field.setValue(parseDateTime(text));
            default -> field.setValue(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        }
    }

    private static LocalDateTime parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text);
        }
    }

    /** Every field's value in the validator's types (hidden ones included, for the conditions). */
    private Map<String, Object> allValues() {
        Map<String, Object> values = new HashMap<>();
        form.inputFields().forEach(c -> {
            HasValueAndElement<?, ?> field = fields.get(c.key());
            if (field != null) {
                values.put(c.key(), valueOf(c, field.getValue()));
            }
        });
        return values;
    }

    private static Object valueOf(FormComponent c, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) d.longValue() : d;
        }
        if (value instanceof Integer i) {
            return i.longValue(); // whole numbers go to the engine as Longs, whichever field holds them
        }
        if (value instanceof Set<?> set) {
            // Keep the form's option order, as form-js does.
            List<String> ordered = new ArrayList<>();
            c.values().forEach(o -> {
                if (set.contains(o.value())) {
                    ordered.add(o.value());
                }
            });
            return ordered;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalTime time) {
            return time.truncatedTo(ChronoUnit.MINUTES).toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.truncatedTo(ChronoUnit.MINUTES).toString();
        }
        return value;
    }

    /** Shows and hides components whose {@code conditional.hide} depends on the current values. */
    private void applyConditions() {
        Map<String, Object> values = allValues();
        rendered.forEach((component, ui) -> ui.setVisible(!FormConditions.isHidden(component, form, values)));
    }

    private boolean isShown(HasValueAndElement<?, ?> field) {
        Component c = (Component) field;
        while (c != null && c != this) {
            if (!c.isVisible()) {
                return false;
            }
            c = c.getParent().orElse(null);
        }
        return true;
    }
}
