package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractBpmnModelElementBuilder;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What an expression in a model may do (ModelExpressions): checked at deployment for every model, the
 * application's own included (they deploy at start-up, so this context starting proves they pass), and
 * limited again when an expression runs.
 */
class ModelExpressionsTest extends PartnerflowSpringTest {

    /** For the rule alone: two of the application's delegates. */
    private static final Set<String> MODEL_BEANS = Set.of("recordPathway", "recordReview");

    /** The request the outside tester deployed: a service task reading every user through the engine. */
    static final String ATTACK = "${execution.getProcessEngineServices().getIdentityService().createUserQuery().list()}";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ApplicationContext context;

    @Test
    void theBeansModelsMayNameAreExactlyTheDelegatesOfTheApplicationsModels() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn")) {
            Matcher m = delegate.matcher(model.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                named.add(m.group(1));
            }
        }

        Set<String> modelBeans = context.getBean(ModelExpressions.class).modelBeans();
        assertThat(new TreeSet<>(modelBeans)).isEqualTo(named);
        // Delegates, and the task listeners that set a form's options when its task is created (offerAgencies).
        modelBeans.forEach(name -> assertThat(context.getBean(name)).as(name)
                .isInstanceOfAny(JavaDelegate.class, org.camunda.bpm.engine.delegate.TaskListener.class));
    }

    @Test
    void theReportedAttackIsRefusedAtDeploymentNamingTheElement() {
        BpmnModelInstance model = process("read-every-user", start -> start.serviceTask("Task_ReadUsers")
                .camundaExpression(ATTACK).endEvent());

        assertThatThrownBy(() -> deploy(model))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("Expression '" + ATTACK + "' in serviceTask 'Task_ReadUsers' (expression) is not allowed in Partnerflow's models")
                .hasMessageContaining("methods may be called only on the application's named beans");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("read-every-user").count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "${dataSource.getConnection()}",
        "${dataSource.connection.metaData.userName}",
        "${processEngine.getIdentityService()}",
        "${''.getClass().forName('java.lang.Runtime')}",
        "${x.class.classLoader}",
        "${x['class']}",
        "${execution.processEngineServices}",
        "${task.processEngineServices}",
        "${recordPathway.getClass()}",
        "${name.toUpperCase()}",
        "${dateTime().getChronology()}",
        "${now().getClass()}",
        "${recordPathway}",
    })
    void expressionsOutsideTheRuleAreRefusedWhereverTheyStand(String expression) {
        String key = "refused-" + Math.abs(expression.hashCode());
        // A sequence-flow condition, an assignee, an input mapping and a listener: every place is checked.
        assertRefused(process(key, start -> start.exclusiveGateway("Gateway").condition("c", expression).endEvent()
                .moveToNode("Gateway").endEvent()), key, expression);
        assertRefused(process(key, start -> start.userTask("Task_Assigned").camundaAssignee(expression).endEvent()), key, expression);
        assertRefused(process(key, start -> start.manualTask("Task_Mapped").camundaInputParameter("x", expression).endEvent()), key, expression);
    }

    @Test
    void delegatesMustBeNamedBeansAndClassesPartnerflowsOwn() {
        assertRefused(process("delegate-data-source", start -> start.serviceTask("Task_DataSource")
                .camundaDelegateExpression("${dataSource}").endEvent()), "delegate-data-source", "${dataSource}");
        assertRefused(process("delegate-variable", start -> start.serviceTask("Task_Variable")
                .camundaDelegateExpression("${someVariable}").endEvent()), "delegate-variable", "${someVariable}");
        assertRefused(process("listener-data-source", start -> start.userTask("Task_Listened")
                .camundaTaskListenerDelegateExpression("create", "${processEngine}").endEvent()), "listener-data-source", "${processEngine}");
        BpmnModelInstance foreignClass = process("foreign-class", start -> start.serviceTask("Task_Foreign")
                .camundaClass("com.example.Gadget").endEvent());
        assertThatThrownBy(() -> deploy(foreignClass)).isInstanceOf(ParseException.class)
                .hasMessageContaining("Class 'com.example.Gadget' in serviceTask 'Task_Foreign' is not allowed");
    }

    @Test
    void whatTheRuleAllows() {
        for (String allowed : new String[] {"${decision == 'accept'}", "${pathway == 'MULTI_AGENCY' && mayShare}",
            "${!protocolAgreed}", "${a.b['c'] + 1 > 2 ? 'x' : null}", "${dateTime().plusDays(5).toDate()}",
            "${dateTime().plusHours(24).toDate()}", "${now()}", "${currentUser()}", "${recordPathway.execute(execution)}",
            "child-protection", "plain text with no expression"}) {
            assertThat(ModelExpressions.refusal(allowed, false, MODEL_BEANS, name -> false)).as(allowed).isEmpty();
        }
        assertThat(ModelExpressions.refusal("${recordPathway}", true, MODEL_BEANS, name -> false)).isEmpty();
        assertThat(ModelExpressions.refusal("${dateTime().plusDays(x.getClass())}", false, MODEL_BEANS, name -> false)).isPresent();
        assertThat(ModelExpressions.refusal("${recordPathway.execute(execution.processEngine)}", false, MODEL_BEANS, name -> false)).isPresent();
    }

    @Test
    void atRunTimeExpressionsReachOnlyVariablesTheNamedBeansAndDates() {
        Task task = raiseEnquiry("Expressions " + System.nanoTime());
        Function<String, Object> evaluate = expression -> configuration().getCommandExecutorTxRequired().execute(command -> {
            ExecutionEntity execution = command.getExecutionManager().findExecutionById(task.getProcessInstanceId());
            return configuration().getExpressionManager().createExpression(expression).getValue(execution);
        });

        assertThat(evaluate.apply("${recordPartnershipEnquiry}")).isSameAs(context.getBean("recordPartnershipEnquiry"));
        assertThat(evaluate.apply("${dateTime().plusDays(5).toDate()}")).isInstanceOf(Date.class);
        // A model that got past the deployment check would still reach nothing beyond that:
        assertThatThrownBy(() -> evaluate.apply("${dataSource}")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Cannot resolve identifier 'dataSource'");
        assertThatThrownBy(() -> evaluate.apply("${processEngine}")).hasMessageContaining("Cannot resolve identifier 'processEngine'");
        assertThatThrownBy(() -> evaluate.apply("${execution.processEngineServices}"))
                .hasMessageContaining("expressions may not read 'processEngineServices'");
        assertThatThrownBy(() -> evaluate.apply(ATTACK))
                .hasMessageContaining("expressions may call methods only on the application's named beans");
        assertThatThrownBy(() -> evaluate.apply("${''.getClass().forName('java.lang.Runtime')}"))
                .hasMessageContaining("expressions may call methods only on the application's named beans");
        assertThatThrownBy(() -> evaluate.apply("${recordPartnershipEnquiry.getClass()}"))
                .hasMessageContaining("expressions may call methods only on the application's named beans");
        assertThatThrownBy(() -> evaluate.apply("${'text'.class}")).hasMessageContaining("expressions may not read 'class'");
    }

    @Test
    void deploymentsMadeOnSomeonesBehalfAreRefusedWhileHandDeploymentsAreOff() {
        String enquiries = repositoryService.createProcessDefinitionQuery().processDefinitionKey("partnership-enquiry")
                .latestVersion().singleResult().getDeploymentId();
        long deployments = repositoryService.createDeploymentQuery().count();
        people.signIn(Role.ADMIN); // as REST and the webapps do for every request

        assertThatThrownBy(() -> deploy(process("by-hand", start -> start.endEvent())))
                .isInstanceOf(AuthorizationException.class).hasMessage(ModelExpressions.HAND_DEPLOYMENTS_OFF);
        assertThatThrownBy(() -> repositoryService.createDeployment().nameFromDeployment(enquiries)
                .addDeploymentResources(enquiries).deploy()) // a redeploy
                .isInstanceOf(AuthorizationException.class).hasMessage(ModelExpressions.HAND_DEPLOYMENTS_OFF);
        people.signOut();
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    private void assertRefused(BpmnModelInstance model, String key, String expression) {
        assertThatThrownBy(() -> deploy(model)).as(expression).isInstanceOf(ParseException.class)
                .hasMessageContaining("is not allowed in Partnerflow's models");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private void deploy(BpmnModelInstance model) {
        repositoryService.createDeployment().addModelInstance("expressions.bpmn", model).deploy();
    }

    private static BpmnModelInstance process(String key, Function<StartEventBuilder, AbstractBpmnModelElementBuilder<?, ?>> body) {
        return body.apply(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()).done();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
