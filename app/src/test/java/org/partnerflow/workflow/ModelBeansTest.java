package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnerflow.PartnerflowSpringTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The contract between the models and the code's beans: every {@code ${bean}} a BPMN model delegates
 * to names a bean of the kind the element calls (a {@link JavaDelegate} for a task, a
 * {@link TaskListener} or {@link ExecutionListener} for a listener), and every {@code ${bean.method(…)}}
 * names a bean with that method. Rename a bean or a method on one side only and this fails here, not
 * in an engine command.
 */
class ModelBeansTest extends PartnerflowSpringTest {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    /** A call on a name (not on the result of a call or a property): {@code bean.method(}. */
    private static final Pattern CALL = Pattern.compile("(?<![\\w.)\\]'\"])([A-Za-z_]\\w*)\\s*\\.\\s*([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern DELEGATE = Pattern.compile("\\s*\\$\\{\\s*(\\w+)\\s*}\\s*");

    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> everyBeanAModelNamesExistsAndIsOfTheRightKind() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn");
        assertThat(models).as("models on the class path").isNotEmpty();
        return Stream.of(models).map(model -> DynamicTest.dynamicTest(model.getFilename(), () -> {
            try (InputStream in = model.getInputStream()) {
                assertThat(problems(in, context)).as(model.getFilename()).isEmpty();
            }
        }));
    }

    @Test
    void aMissingBeanAWrongKindOrAMissingMethodIsFound() {
        String model = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
                  <bpmn:process id="p">
                    <bpmn:serviceTask id="Right" camunda:delegateExpression="${recordClosure}"/>
                    <bpmn:serviceTask id="Missing" camunda:delegateExpression="${recordTheClosure}"/>
                    <bpmn:userTask id="Listened" camunda:dueDate="${dateTime().plusDays(5).toDate()}">
                      <bpmn:extensionElements>
                        <camunda:taskListener event="create" delegateExpression="${recordClosure}"/>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:serviceTask id="Called" camunda:expression="${recordClosure.execute(execution)}"/>
                    <bpmn:serviceTask id="NoSuchMethod" camunda:expression="${recordClosure.close(execution, 'now')}"/>
                  </bpmn:process>
                </bpmn:definitions>""";

        assertThat(problems(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)), context)).containsExactly(
                "serviceTask 'Missing': no bean 'recordTheClosure'",
                "taskListener of userTask 'Listened': 'recordClosure' is not a TaskListener",
                "serviceTask 'NoSuchMethod': bean 'recordClosure' has no method close taking 2 arguments");
    }

    /** What does not match, in words; empty when every bean the model names is there and of its kind. */
    static List<String> problems(InputStream model, ApplicationContext context) {
        List<String> out = new ArrayList<>();
        visit(parse(model).getDocumentElement(), context, out);
        return out;
    }

    private static void visit(Element element, ApplicationContext context, List<String> out) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if ("delegateExpression".equals(attribute.getLocalName())) {
                checkDelegate(element, attribute.getValue(), context, out);
            }
            checkCalls(element, attribute.getValue(), context, out);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                visit(e, context, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkCalls(element, child.getNodeValue(), context, out);
            }
        }
    }

    private static void checkDelegate(Element element, String expression, ApplicationContext context, List<String> out) {
        Matcher m = DELEGATE.matcher(expression);
        if (!m.matches()) {
            out.add(where(element) + ": delegate expression " + expression + " is not ${bean}");
            return;
        }
        String bean = m.group(1);
        Class<?> kind = switch (element.getLocalName()) {
            case "taskListener" -> TaskListener.class;
            case "executionListener" -> ExecutionListener.class;
            default -> JavaDelegate.class;
        };
        if (!context.containsBean(bean)) {
            out.add(where(element) + ": no bean '" + bean + "'");
        } else if (!context.isTypeMatch(bean, kind)) {
            out.add(where(element) + ": '" + bean + "' is not a " + kind.getSimpleName());
        }
    }

    private static void checkCalls(Element element, String text, ApplicationContext context, List<String> out) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1);
            Matcher call = CALL.matcher(body);
            while (call.find()) {
                String bean = call.group(1);
                String method = call.group(2);
                int arguments = arguments(body, call.end());
                if (!context.containsBean(bean)) {
                    out.add(where(element) + ": no bean '" + bean + "' to call " + method + " on");
                } else if (!hasMethod(AopUtils.getTargetClass(context.getBean(bean)), method, arguments)) {
                    out.add(where(element) + ": bean '" + bean + "' has no method " + method + " taking " + arguments + " argument"
                            + (arguments == 1 ? "" : "s"));
                }
            }
        }
    }

    private static boolean hasMethod(Class<?> type, String name, int arguments) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)
                    && (method.getParameterCount() == arguments || method.isVarArgs() && arguments >= method.getParameterCount() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** How many arguments the call whose '(' ends at {@code from} passes: commas at its own depth, outside quotes. */
    private static int arguments(String body, int from) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        char quote = 0;
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (c == '(' || c == '[') {
                depth++;
                any = true;
            } else if (c == ')' || c == ']') {
                if (depth-- == 0) {
                    break;
                }
            } else if (c == ',' && depth == 0) {
                commas++;
            } else if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        return any ? commas + 1 : 0;
    }

    private static String where(Element element) {
        Element owner = element;
        while (owner != null && !owner.hasAttribute("id")) {
            owner = owner.getParentNode() instanceof Element parent ? parent : null;
        }
        String self = element.hasAttribute("id") ? "" : element.getLocalName() + " of ";
        return owner == null ? element.getLocalName() : self + owner.getLocalName() + " '" + owner.getAttribute("id") + "'";
    }

    private static Document parse(InputStream model) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(model);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the model", e);
        }
    }
}
