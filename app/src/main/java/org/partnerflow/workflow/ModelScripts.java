package org.partnerflow.workflow;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptBindingsFactory;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptingEngines;

/**
 * Partnerflow's models run no scripts: their logic is Java delegates, JUEL expressions and FEEL, all
 * reviewed code. A script in a model (script task, script condition or listener, input/output
 * script) would run arbitrary code with the application's rights, so a model that has one is refused
 * when it is deployed, and any script that still reached the engine (a DMN expression in a script
 * language) is refused when it would run.
 */
final class ModelScripts {

    static final String REFUSED = "Scripts are not allowed in Partnerflow's models (language '%s'): use a Java delegate or an expression.";

    private ModelScripts() {
    }

    static void refuse(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableScriptEngineLoadExternalResources(false);
        // At deployment: the BPMN parser builds every script through this factory.
        configuration.setScriptFactory(new ScriptFactory() {
            @Override
            public ExecutableScript createScriptFromResource(String language, String resource) {
                throw refused(language);
            }

            @Override
            public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
                throw refused(language);
            }

            @Override
            public ExecutableScript createScriptFromSource(String language, String source) {
                throw refused(language);
            }

            @Override
            public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
                throw refused(language);
            }
        });
        // At run time: BPMN and DMN find their script engines here.
        configuration.setScriptingEngines(new ScriptingEngines(new ScriptBindingsFactory(List.of()),
                new DefaultScriptEngineResolver(new ScriptEngineManager())) {
            @Override
            public ScriptEngine getScriptEngineForLanguage(String language) {
                throw refused(language);
            }
        });
    }

    private static ProcessEngineException refused(String language) {
        return new ProcessEngineException(REFUSED.formatted(language));
    }
}
