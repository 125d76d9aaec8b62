package org.partnerflow.processes;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * One plain engine for all process tests: H2 in memory by default; PostgreSQL when
 * {@code PARTNERFLOW_PROCESS_TEST_DB_URL} is set (CI), so the models are also proven on the real
 * database. Delegates are registered as mocks: these tests walk the models' paths, the app
 * module tests the delegates.
 */
public final class ProcessTestEngine {

    private static ProcessEngine engine;

    private ProcessTestEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
            String url = System.getenv("PARTNERFLOW_PROCESS_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                cfg.setJdbcUrl(url);
                cfg.setJdbcDriver("org.postgresql.Driver");
                cfg.setJdbcUsername(env("PARTNERFLOW_PROCESS_TEST_DB_USER", "postgres"));
                cfg.setJdbcPassword(env("PARTNERFLOW_PROCESS_TEST_DB_PASSWORD", ""));
            } else {
                cfg.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
                cfg.setJdbcDriver("org.h2.Driver");
                cfg.setJdbcUsername("sa");
                cfg.setJdbcPassword("");
            }
            cfg.setDatabaseSchemaUpdate("true");
            cfg.setHistory("full");
            cfg.setJobExecutorActivate(false);
            cfg.setExpressionManager(new MockExpressionManager());
            cfg.setJavaSerializationFormatEnabled(false);
            cfg.setDefaultSerializationFormat("application/json");
            cfg.setGroupResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9.-]*");
            cfg.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
            cfg.setProcessEngineName("process-tests");
            engine = cfg.buildProcessEngine();
            ProcessDatabaseMarker.record(engine);
        }
        return engine;
    }

    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(get()).build();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
