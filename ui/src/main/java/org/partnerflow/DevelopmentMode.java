package org.partnerflow;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Vaadin's development mode (dev tools, live reload, a dev-server token in every page) is for
 * {@code ./mvnw spring-boot:run} on the demo database. With the {@code postgres} profile, a real
 * installation, the application refuses to start in development mode unless
 * {@value #ALLOW} is true. Checked twice: as soon as the configuration is read (before anything
 * starts, from Vaadin's own inputs: {@code vaadin.productionMode} and the production build's
 * {@value #BUILD_INFO}), and when Vaadin starts, from Vaadin's own answer.
 */
@Component
public class DevelopmentMode implements EnvironmentPostProcessor, VaadinServiceInitListener {

    static final String ALLOW = "partnerflow.allow-development-mode";
    static final String POSTGRES = "postgres";
    /** Written by the production build (-Pproduction, the Dockerfile) with "productionMode": true. */
    static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";
    static final String REFUSED = "Partnerflow will not start: the 'postgres' profile (a real installation) is active, but Vaadin "
            + "would run in development mode (dev tools and live reload in every page). Run the production build "
            + "(./mvnw -Pproduction package, then java -jar ui/target/partnerflow-ui-*-exec.jar; or the Dockerfile), or set "
            + ALLOW + "=true to run development mode on PostgreSQL anyway.";

    private static final Pattern PRODUCTION_BUILD = Pattern.compile("\"productionMode\"\\s*:\\s*true");

    /** The context's environment, for the check when Vaadin starts (Spring Boot creates the other instance). */
    @Autowired
    private Environment environment;

    /** Why the application may not start, if it may not. */
    static Optional<String> refusal(boolean postgres, boolean productionMode, boolean allowed) {
        return postgres && !productionMode && !allowed ? Optional.of(REFUSED) : Optional.empty();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        refusal(postgres(environment), productionMode(environment, buildInfo(application.getClassLoader())), allowed(environment))
                .ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        refusal(postgres(environment), event.getSource().getDeploymentConfiguration().isProductionMode(), allowed(environment))
                .ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
    }

    /** As Vaadin decides: the property if it is set, else the production build's flag; else development. */
    static boolean productionMode(Environment environment, String buildInfo) {
        String property = environment.getProperty("vaadin.productionMode", environment.getProperty("vaadin.production-mode"));
        if (property != null) {
            return Boolean.parseBoolean(property.strip());
        }
        return buildInfo != null && PRODUCTION_BUILD.matcher(buildInfo).find();
    }

    private static boolean postgres(Environment environment) {
        return Arrays.asList(environment.getActiveProfiles()).contains(POSTGRES);
    }

    private static boolean allowed(Environment environment) {
        return environment.getProperty(ALLOW, Boolean.class, false);
    }

    private static String buildInfo(ClassLoader classLoader) {
        ClassLoader loader = classLoader != null ? classLoader : DevelopmentMode.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(BUILD_INFO)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
