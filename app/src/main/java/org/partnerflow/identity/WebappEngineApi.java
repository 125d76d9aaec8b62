package org.partnerflow.identity;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;

/**
 * Mounts the webapps' engine API ({@code /camunda/api/engine}) as the Camunda webapp starter would,
 * but as Partnerflow's own JAX-RS application: Camunda's, plus the mappers that answer the caller's
 * mistakes as such ({@link EngineSecurityConfiguration#CALLERS_MISTAKES}, as on /engine-rest), and with
 * asynchronous requests allowed, which the engine's long-polling {@code fetchAndLock} needs (the
 * starter's servlet refuses them: a 500). It runs before the starter, which then finds the servlet
 * registered under its own name and leaves it alone.
 */
class WebappEngineApi implements ServletContextInitializer, Ordered {

    /** The starter's name for the servlet: it registers its own only if none has this name. */
    static final String SERVLET = "Engine Api";

    private final String applicationPath;

    WebappEngineApi(String applicationPath) {
        this.applicationPath = applicationPath;
    }

    @Override
    public void onStartup(ServletContext context) {
        ServletRegistration.Dynamic api = context.addServlet(SERVLET, ServletContainer.class);
        api.addMapping(applicationPath + "/api/engine/*");
        api.setInitParameter("jakarta.ws.rs.Application", Application.class.getName());
        api.setAsyncSupported(true);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Camunda's engine API application with Partnerflow's mappers. */
    public static class Application extends EngineRestApplication {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.addAll(EngineSecurityConfiguration.CALLERS_MISTAKES);
            return classes;
        }
    }
}
