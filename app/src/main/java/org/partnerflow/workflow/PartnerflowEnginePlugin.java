package org.partnerflow.workflow;

import java.util.ArrayList;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.partnerflow.identity.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Partnerflow's settings on the Camunda engine, in one place. The Spring Boot starter applies every
 * {@code ProcessEnginePlugin} bean; history level, cleanup window and deployment are properties
 * ({@code application.yml}, {@code camunda.bpm.*}).
 */
@Component
public class PartnerflowEnginePlugin extends AbstractProcessEnginePlugin {

    /**
     * The most results one engine query may return while someone is signed in (REST, the webapps and
     * the views alike); an unbounded list is refused. The views page, and their own lists stay under it.
     */
    public static final int QUERY_MAX_RESULTS = 2000;

    @Autowired
    private ModelExpressions modelExpressions;
    @Autowired
    private Permissions permissions;
    private volatile ProcessEngine engine;
    /** One form cache for the command guard inside the engine and the views outside it. */
    private final TaskForms taskForms = new TaskForms(() -> engine);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Variables are primitives or JSON: no Java-serialized objects in the database.
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDefaultSerializationFormat("application/json");
        // Object variables (JSON) are turned back into Java objects only for the JDK's value and
        // collection types (the engine's default allow-list) and the JDK's immutable collections,
        // which List.of/Map.of values set by service tasks are stored as: no gadget classes.
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationAllowedPackages("");
        configuration.setDeserializationAllowedClasses(String.join(",",
                "java.util.ImmutableCollections$List12", "java.util.ImmutableCollections$ListN",
                "java.util.ImmutableCollections$Set12", "java.util.ImmutableCollections$SetN",
                "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN"));
        configuration.setQueryMaxResultsLimit(QUERY_MAX_RESULTS);
        // No expressions in queries: an ad-hoc or stored (filter) query cannot evaluate code.
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);
        ModelScripts.refuse(configuration);
        modelExpressions.install(configuration);
        // Group ids are the roles' names (named-person, lead-professional, ...): allow hyphens and dots.
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9.-]*");
        configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
        EngineCommandGuard.install(configuration, new EngineCommandGuard(permissions, taskForms));
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new TaskSubjects());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // With several nodes on one database, a job's lock owner says which node holds it: the node's
        // name (the engine's hostname, which the job log records too) and a random part, since the
        // lock owner must be unique per job executor and two nodes may share a host name.
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(configuration.getHostname() + "#" + UUID.randomUUID());
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        this.engine = processEngine;
    }

    public TaskForms taskForms() {
        return taskForms;
    }
}
