package org.partnerflow.workflow;

import java.beans.FeatureDescriptor;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What an expression in a model may do (docs/architecture.md, "Engine settings"). JUEL can call any
 * Java method on anything it reaches, so a model is code: a model's expressions may read variables and
 * their properties, compare, compute and test, and call Java only as {@code ${bean}} (a delegate) or
 * {@code ${bean.method(...)}} on the application's delegate and listener beans ({@link #modelBeans()}), plus Camunda's date functions.
 * <ul>
 * <li>At deployment, every expression of every BPMN model (any attribute or text, whatever the engine
 * does with it) and every JUEL expression of a DMN model is parsed with the engine's own JUEL parser
 * and refused, naming the element, if it steps outside that; so are Java classes named in a model
 * that are not Partnerflow's. The application's own models go through the same check at start-up.</li>
 * <li>At run time, expressions resolve only those beans (the Spring Boot starter would resolve every
 * bean in the context, {@code ${dataSource}} included), read nothing from engine or Spring objects
 * ({@code execution.processEngineServices}), and call methods only on those beans and on dates.</li>
 * <li>Deployments made on someone's behalf (REST, the webapps) are refused unless
 * {@value #HAND_DEPLOYMENTS} is true; the application deploys its own models at start-up, with no one
 * signed in.</li>
 * </ul>
 */
@Component
public class ModelExpressions {

    /**
     * The kinds of bean a model may name: the application's delegates and listeners, found in the
     * context by type rather than listed by hand (ModelExpressionsTest holds them equal to the beans
     * the models name; ModelBeansTest, that each model's bean is of the kind its place needs).
     */
    static final List<Class<?>> MODEL_BEAN_TYPES = List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class);

    /** The setting that lets administrators deploy models by hand (REST, the webapps); off by default. */
    static final String HAND_DEPLOYMENTS = "partnerflow.engine.hand-deployments";

    static final String REFUSED = "Expression '%s' in %s is not allowed in Partnerflow's models: %s";
    static final String HAND_DEPLOYMENTS_OFF = "Models are deployed only with the application in this installation: "
            + "deployments by hand are turned off (" + HAND_DEPLOYMENTS + ").";
    private static final String CLASS_REFUSED = "Class '%s' in %s is not allowed in Partnerflow's models: "
            + "a model names Partnerflow's own classes or beans only.";

    /** What the engine puts in every expression's reach besides variables: never read into or called. */
    private static final Set<String> ENGINE_OBJECTS = Set.of(VariableScopeElResolver.EXECUTION_KEY,
            VariableScopeElResolver.CASE_EXECUTION_KEY, VariableScopeElResolver.TASK_KEY,
            VariableScopeElResolver.EXTERNAL_TASK_KEY, "variableScope");
    /** The engine's functions (CommandContextFunctions, DateTimeFunctions). */
    private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
    /** What a due date needs from {@code dateTime()}: {@code ${dateTime().plusDays(5).toDate()}}. */
    private static final Pattern DATE_METHODS = Pattern.compile("(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)|toDate");
    /** Properties that lead from any object to the class, its loader and reflection. */
    private static final Set<String> REFUSED_PROPERTIES = Set.of("class", "classLoader", "declaringClass", "module");
    /** Objects an expression may not read into: the engine's and Spring's, and reflection. */
    private static final List<String> REFUSED_PACKAGES = List.of("org.camunda.bpm.engine.", "org.camunda.bpm.impl.",
            "org.camunda.bpm.dmn.", "org.springframework.", "java.lang.reflect.", "java.sql.", "javax.sql.");
    /** The features of the engine's own expression factory (JUEL's JEE6 profile). */
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final ListableBeanFactory beans;
    private final Environment environment;
    private volatile Set<String> modelBeans;

    ModelExpressions(ListableBeanFactory beans, Environment environment) {
        this.beans = beans;
        this.environment = environment;
    }

    /** The names of the beans models may name, read from the bean definitions (nothing is created). */
    Set<String> modelBeans() {
        Set<String> names = modelBeans;
        if (names == null) {
            Set<String> found = new java.util.TreeSet<>();
            MODEL_BEAN_TYPES.forEach(type -> found.addAll(List.of(beans.getBeanNamesForType(type, false, false))));
            modelBeans = names = Set.copyOf(found);
        }
        return names;
    }

    void install(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new NamedBeansOnly(beans, this::modelBeans));
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new BpmnCheck());
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(this::checkDeployment);
    }

    // ---- the rule --------------------------------------------------------------------------------

    /**
     * Why an expression is not allowed, if it is not. {@code delegate}: the text is a delegateExpression,
     * which must be exactly {@code ${bean}}. {@code otherObject}: names that are the application's
     * objects but not model beans ({@code dataSource}); they never resolve at run time, and are refused
     * here to say so.
     */
    static Optional<String> refusal(String text, boolean delegate, Set<String> modelBeans, Predicate<String> otherObject) {
        if (text == null || !(text.contains("${") || text.contains("#{"))) {
            return Optional.empty();
        }
        Node root;
        try {
            root = PARSER.build(text).getRoot();
        } catch (TreeBuilderException e) {
            return Optional.of("it is not a valid expression");
        }
        if (delegate) {
            Node inner = root instanceof AstEval eval ? eval.getChild(0) : null;
            return inner instanceof AstIdentifier id && modelBeans.contains(id.getName()) ? Optional.empty()
                    : Optional.of("a delegate expression names one of the application's beans, as ${bean}");
        }
        return new Check(modelBeans, otherObject).check(root);
    }

    private record Check(Set<String> modelBeans, Predicate<String> otherObject) {

        Optional<String> check(Node node) {
            if (node instanceof AstIdentifier id) {
                if (ENGINE_OBJECTS.contains(id.getName())) {
                    return Optional.of("'" + id.getName() + "' is the engine's object; read variables instead");
                }
                if (modelBeans.contains(id.getName())) {
                    return Optional.of("the bean '" + id.getName() + "' may only be a delegate or have a method called");
                }
                if (otherObject.test(id.getName())) {
                    return Optional.of("'" + id.getName() + "' is one of the application's objects, not a bean models may use");
                }
                return Optional.empty();
            }
            if (node instanceof AstMethod method) {
                return checkCall(method);
            }
            if (node instanceof AstFunction function) {
                if (!FUNCTIONS.contains(function.getName())) {
                    return Optional.of("the function '" + function.getName() + "' is not one of the engine's");
                }
                return children(node);
            }
            if (node instanceof AstDot dot) {
                String property = dotName(dot);
                if (REFUSED_PROPERTIES.contains(property)) {
                    return Optional.of("the property '" + property + "' reaches Java's reflection");
                }
                return children(node);
            }
            if (node instanceof AstBracket) {
                if (node.getChild(1) instanceof AstString name && REFUSED_PROPERTIES.contains(stringValue(name))) {
                    return Optional.of("the property '" + stringValue(name) + "' reaches Java's reflection");
                }
                return children(node);
            }
            if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstText || node instanceof AstLiteral
                    || node instanceof AstNested || node instanceof AstBinary || node instanceof AstUnary
                    || node instanceof AstChoice || node instanceof AstParameters) {
                return children(node);
            }
            return Optional.of("it uses " + node.getClass().getSimpleName() + ", which the rule does not know");
        }

        /** {@code bean.method(args)} on a named bean, or a date method on {@code dateTime()}; nothing else. */
        Optional<String> checkCall(AstMethod method) {
            Node target = method.getChild(0);
            Node arguments = method.getChild(1);
            if (!(target instanceof AstDot dot)) {
                return Optional.of("methods are called by name, as ${bean.method(...)}");
            }
            String name = dotName(dot);
            Node base = dot.getChild(0);
            boolean onBean = base instanceof AstIdentifier id && modelBeans.contains(id.getName());
            boolean onDate = DATE_METHODS.matcher(name).matches() && isDate(base);
            if (!onBean && !onDate) {
                return Optional.of("it calls '" + name + "', and methods may be called only on the application's named beans");
            }
            if (REFUSED_PROPERTIES.contains(name) || name.equals("getClass")) {
                return Optional.of("the method '" + name + "' reaches Java's reflection");
            }
            if (onDate) {
                return base instanceof AstMethod inner ? checkCall(inner).or(() -> check(arguments)) : check(arguments);
            }
            // The bean is the application's code: it may be handed the execution or task, as ${bean.method(execution)}.
            for (int i = 0; i < arguments.getCardinality(); i++) {
                Node argument = arguments.getChild(i);
                boolean engineObject = argument instanceof AstIdentifier id && ENGINE_OBJECTS.contains(id.getName());
                Optional<String> refusal = engineObject ? Optional.empty() : check(argument);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            return Optional.empty();
        }

        private Optional<String> children(Node node) {
            for (int i = 0; i < node.getCardinality(); i++) {
                Optional<String> refusal = check(node.getChild(i));
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            return Optional.empty();
        }
    }

    private static boolean isDate(Node node) {
        if (node instanceof AstFunction function) {
            return function.getName().equals("dateTime") && function.getCardinality() > 0
                    && function.getChild(0).getCardinality() == 0;
        }
        return node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
                && DATE_METHODS.matcher(dotName(dot)).matches() && isDate(dot.getChild(0));
    }

    /** JUEL keeps a dot's name to itself; its text form is ". name". */
    private static String dotName(AstDot dot) {
        return dot.toString().substring(2);
    }

    private static String stringValue(AstString string) {
        return String.valueOf(string.eval(null, null));
    }

    // ---- at deployment ---------------------------------------------------------------------------

    private boolean isOtherObject(String name) {
        return !modelBeans().contains(name) && beans.containsBean(name);
    }

    /** Every attribute and text of a BPMN model, after the engine has parsed it and before anything runs. */
    private final class BpmnCheck extends AbstractBpmnParseListener {
        @Override
        public void parseRootElement(Element root, List<ProcessDefinitionEntity> processes) {
            walk(root, "the model");
        }

        private void walk(Element element, String where) {
            String tag = element.getTagName();
            if (tag.equals("documentation") || tag.equals("textAnnotation") || tag.equals("script")) {
                return; // read by people, or refused as scripts (ModelScripts)
            }
            String id = element.attribute("id");
            String here = id != null ? tag + " '" + id + "'" : tag.equals("definitions") ? where : tag + " in " + where;
            for (String key : element.attributes()) {
                String attribute = key.substring(key.lastIndexOf(':') + 1);
                String value = element.attribute(key);
                // camunda:class (or the older activiti:class the engine still reads) instantiates any class.
                if ((attribute.equals("class") || attribute.equals("variableMappingClass")) && !value.startsWith("org.partnerflow.")) {
                    throw new BpmnParseException(CLASS_REFUSED.formatted(value, here), element);
                }
                Optional<String> refusal = refusal(value, attribute.equals("delegateExpression"), modelBeans(), ModelExpressions.this::isOtherObject);
                if (refusal.isPresent()) {
                    throw new BpmnParseException(REFUSED.formatted(value, here + " (" + attribute + ")", refusal.get()), element);
                }
            }
            Optional<String> refusal = refusal(element.getText(), false, modelBeans(), ModelExpressions.this::isOtherObject);
            if (refusal.isPresent()) {
                throw new BpmnParseException(REFUSED.formatted(element.getText().strip(), here, refusal.get()), element);
            }
            element.elements().forEach(child -> walk(child, here));
        }
    }

    /** Before any deployer: deployments by hand, and the JUEL expressions of DMN models. */
    private void checkDeployment(DeploymentEntity deployment) {
        if (deployment.isNew() && Context.getCommandContext() != null
                && Context.getCommandContext().getAuthenticatedUserId() != null
                && !environment.getProperty(HAND_DEPLOYMENTS, Boolean.class, false)) {
            throw new AuthorizationException(HAND_DEPLOYMENTS_OFF);
        }
        for (ResourceEntity resource : deployment.getResources() == null ? List.<ResourceEntity>of() : deployment.getResources().values()) {
            if (resource.getName().endsWith(".dmn") || resource.getName().endsWith(".dmn11.xml")) {
                checkDmn(resource);
            }
        }
    }

    private void checkDmn(ResourceEntity resource) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
        } catch (RuntimeException unreadable) {
            return; // the DMN deployer reports it
        }
        Definitions definitions = model.getDefinitions();
        String defaultLanguage = definitions == null ? null : definitions.getExpressionLanguage();
        List<Object[]> expressions = new ArrayList<>();
        for (LiteralExpression e : model.getModelElementsByType(LiteralExpression.class)) {
            expressions.add(new Object[] {e.getId(), e.getExpressionLanguage(), e.getText()});
        }
        for (UnaryTests e : model.getModelElementsByType(UnaryTests.class)) {
            expressions.add(new Object[] {e.getId(), e.getExpressionLanguage(), e.getText()});
        }
        for (Object[] e : expressions) {
            String language = e[1] != null ? (String) e[1] : defaultLanguage;
            String text = e[2] == null ? null : ((Text) e[2]).getTextContent();
            if ("juel".equalsIgnoreCase(language)) {
                Optional<String> refusal = refusal(text, false, modelBeans(), this::isOtherObject);
                if (refusal.isPresent()) {
                    String message = REFUSED.formatted(text, "'" + e[0] + "' of " + resource.getName(), refusal.get());
                    throw new ParseException(message, resource.getName(), List.of(), List.of());
                }
            }
        }
    }

    // ---- at run time -----------------------------------------------------------------------------

    /**
     * The starter's expression manager without the whole application context: variables, the named
     * beans, and a guard in front that refuses reads into engine and Spring objects and method calls on
     * anything but the named beans and dates. It also serves DMN's JUEL (the engine's ElProvider).
     */
    static final class NamedBeansOnly extends JuelExpressionManager {
        private final BeanFactory beans;
        private final Supplier<Set<String>> modelBeans;

        NamedBeansOnly(BeanFactory beans, Supplier<Set<String>> modelBeans) {
            this.beans = beans;
            this.modelBeans = modelBeans;
        }

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver resolver = new CompositeELResolver();
            resolver.add(new Guard(beans, modelBeans));
            resolver.add(new VariableScopeElResolver());
            resolver.add(new VariableContextElResolver());
            resolver.add(new NamedBeans(beans, modelBeans));
            resolver.add(new ArrayELResolver());
            resolver.add(new ListELResolver());
            resolver.add(new MapELResolver());
            resolver.add(new BeanELResolver());
            return resolver;
        }
    }

    /** Resolves {@code ${name}} for the named beans only, when the expression runs (not at start-up). */
    private static final class NamedBeans extends ReadOnlyResolver {
        NamedBeans(BeanFactory beans, Supplier<Set<String>> modelBeans) {
            super(beans, modelBeans);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && modelBeans.get().contains(name) && beans.containsBean(name)) {
                context.setPropertyResolved(true);
                return beans.getBean(name);
            }
            return null;
        }
    }

    /** Resolves nothing itself: refuses, before any other resolver, what the rule does not allow. */
    private static final class Guard extends ReadOnlyResolver {
        Guard(BeanFactory beans, Supplier<Set<String>> modelBeans) {
            super(beans, modelBeans);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base != null && (REFUSED_PROPERTIES.contains(String.valueOf(property)) || refusedBase(base) || isNamedBean(base))) {
                throw new ELException("expressions may not read '" + property + "' of " + base.getClass().getName());
            }
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            String name = String.valueOf(method);
            boolean onDate = base instanceof org.joda.time.DateTime && DATE_METHODS.matcher(name).matches();
            if (base != null && !onDate && (!isNamedBean(base) || name.equals("getClass"))) {
                throw new ELException("expressions may call methods only on the application's named beans, not "
                        + base.getClass().getName() + "." + name);
            }
            return null;
        }

        private static boolean refusedBase(Object base) {
            String type = base.getClass().getName();
            return base instanceof Class || base instanceof ClassLoader || base instanceof Thread
                    || REFUSED_PACKAGES.stream().anyMatch(type::startsWith);
        }

        private boolean isNamedBean(Object base) {
            for (String name : modelBeans.get()) {
                if (beans.containsBean(name) && beans.getBean(name) == base) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A resolver over the application's beans that never writes. */
    private abstract static class ReadOnlyResolver extends ELResolver {
        protected final BeanFactory beans;
        protected final Supplier<Set<String>> modelBeans;

        ReadOnlyResolver(BeanFactory beans, Supplier<Set<String>> modelBeans) {
            this.beans = beans;
            this.modelBeans = modelBeans;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // never resolves: the next resolver sets, or the expression is read-only
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }
}
