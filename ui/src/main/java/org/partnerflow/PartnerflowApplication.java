package org.partnerflow;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Partnerflow: the runnable application. It lives in the ui module because that is the top of the
 * module graph: it sees the views, the application core, the processes, the forms and the schema.
 */
@SpringBootApplication
@Meta(name = "description", content = "Partnerflow: GIRFEC referrals, partnerships and school improvement partnerships")
public class PartnerflowApplication implements AppShellConfigurator {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerflowApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(PartnerflowApplication.class, args);
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        LOG.info("""

                ==========================================================
                  Partnerflow is running at http://localhost:{}/
                  Camunda Cockpit/Tasklist: http://localhost:{}/camunda/
                ==========================================================""", port, port);
    }
}
