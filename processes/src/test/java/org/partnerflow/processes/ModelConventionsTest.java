package org.partnerflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Every model and form must open in Camunda Modeler and run on Camunda 7: BPMN with diagram layout
 * for every element, Camunda 7 extension attributes only, historyTimeToLive on executable processes,
 * every user task bound to a deployed form; every form valid form-js JSON with unique keys.
 */
class ModelConventionsTest {

    private static final Path PROCESSES = Path.of("src/main/resources/processes");
    /** Keys of number fields that count or rate, and so take whole numbers only. */
    private static final java.util.regex.Pattern WHOLE_QUANTITY = java.util.regex.Pattern.compile("(?i)rating|count|perYear|year|number|age");
    private static final Path FORMS = Path.of("../forms/src/main/resources/forms");
    private static final Set<String> ALLOWED_NAMESPACES = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/MODEL",
            "http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC",
            "http://www.omg.org/spec/DD/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DC/",
            "http://www.omg.org/spec/DMN/20180521/DI/",
            "http://camunda.org/schema/1.0/bpmn",
            "http://camunda.org/schema/1.0/dmn",
            "http://camunda.org/schema/modeler/1.0",
            "http://www.w3.org/2001/XMLSchema-instance",
            "http://www.w3.org/2000/xmlns/");
    private static final Set<String> FORM_COMPONENT_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
            "checkbox", "checklist", "taglist", "datetime", "text", "group", "spacer", "separator");

    @TestFactory
    Stream<DynamicTest> everyBpmnModelFollowsTheConventions() throws IOException {
        Map<String, Path> forms = formsById();
        List<Path> models = files(PROCESSES, ".bpmn");
        assertThat(models).isNotEmpty();
        return models.stream().map(model -> DynamicTest.dynamicTest(model.getFileName().toString(), () -> {
            BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
            Set<String> shapes = new HashSet<>();
            bpmn.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
            bpmn.getModelElementsByType(BpmnEdge.class).forEach(e -> shapes.add(e.getBpmnElement().getId()));
            for (Process process : bpmn.getModelElementsByType(Process.class)) {
                if (process.isExecutable()) {
                    assertThat(process.getCamundaHistoryTimeToLiveString())
                            .as("%s: historyTimeToLive of %s", model, process.getId()).isNotBlank();
                }
            }
            List<BaseElement> drawn = new ArrayList<>(bpmn.getModelElementsByType(FlowNode.class));
            drawn.addAll(bpmn.getModelElementsByType(SequenceFlow.class));
            for (BaseElement element : drawn) {
                assertThat(shapes).as("%s: diagram layout of %s", model, element.getId()).contains(element.getId());
            }
            for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("%s: formRef of user task %s", model, task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).as("%s: formRefBinding of %s", model, task.getId())
                        .isEqualTo("deployment");
                assertThat(forms).as("%s: form of user task %s", model, task.getId()).containsKey(task.getCamundaFormRef());
            }
            for (StartEvent start : bpmn.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(forms).as("%s: form of start event %s", model, start.getId()).containsKey(start.getCamundaFormRef());
                }
            }
            assertOnlyKnownNamespaces(model);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDmnModelOpens() throws IOException {
        return files(PROCESSES, ".dmn").stream().map(model -> DynamicTest.dynamicTest(model.getFileName().toString(), () -> {
            assertThat(Dmn.readModelFromFile(model.toFile())).isNotNull();
            assertOnlyKnownNamespaces(model);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormIsValidFormJs() throws IOException {
        List<Path> formFiles = files(FORMS, ".form");
        assertThat(formFiles).isNotEmpty();
        return formFiles.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode form = new ObjectMapper().readTree(file.toFile());
            assertThat(form.path("id").asText()).as("%s: id", file).isNotBlank();
            assertThat(form.path("type").asText()).as("%s: type", file).isEqualTo("default");
            assertThat(form.path("executionPlatform").asText()).as("%s: platform", file).isEqualTo("Camunda Platform");
            Set<String> keys = new HashSet<>();
            Set<String> ids = new HashSet<>();
            checkComponents(file, form.path("components"), keys, ids);
        }));
    }

    private static void checkComponents(Path file, JsonNode components, Set<String> keys, Set<String> ids) {
        assertThat(components.isArray()).as("%s: components", file).isTrue();
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            assertThat(FORM_COMPONENT_TYPES).as("%s: component type", file).contains(type);
            assertThat(ids.add(component.path("id").asText())).as("%s: unique id %s", file, component.path("id")).isTrue();
            if (component.has("key")) {
                assertThat(keys.add(component.get("key").asText())).as("%s: unique key %s", file, component.get("key")).isTrue();
                assertThat(component.path("label").asText()).as("%s: label of %s", file, component.get("key")).isNotBlank();
            }
            if (type.equals("number")) {
                // The server refuses fractions where decimalDigits is 0 (FormValidator): every number field says which it is,
                // and one that counts something (a rating, a count, meetings a year) is whole.
                String key = component.path("key").asText();
                assertThat(component.path("decimalDigits").isInt()).as("%s: %s says its decimalDigits", file, key).isTrue();
                assertThat(component.path("decimalDigits").asInt()).as("%s: decimalDigits of %s", file, key).isNotNegative();
                if (WHOLE_QUANTITY.matcher(key).find()) {
                    assertThat(component.path("decimalDigits").asInt()).as("%s: %s is a whole number (decimalDigits 0)", file, key).isZero();
                }
            }
            if (component.has("components")) {
                checkComponents(file, component.get("components"), keys, ids);
            }
        }
    }

    private static void assertOnlyKnownNamespaces(Path model) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(model.toFile());
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertThat(ALLOWED_NAMESPACES).as("%s: namespace of <%s>", model, element.getTagName())
                    .contains(element.getNamespaceURI());
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attr = (Attr) attributes.item(a);
                if (attr.getNamespaceURI() != null) {
                    assertThat(ALLOWED_NAMESPACES).as("%s: namespace of attribute %s", model, attr.getName())
                            .contains(attr.getNamespaceURI());
                }
            }
        }
    }

    private static Map<String, Path> formsById() throws IOException {
        Map<String, Path> byId = new HashMap<>();
        for (Path file : files(FORMS, ".form")) {
            byId.put(new ObjectMapper().readTree(file.toFile()).path("id").asText(), file);
        }
        return byId;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
