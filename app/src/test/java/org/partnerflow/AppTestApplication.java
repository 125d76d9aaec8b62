package org.partnerflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;

/**
 * The app module's tests run the application core without the Vaadin views. When the ui module's
 * tests see this class (app's test classes are on their classpath), it stands aside: there the
 * runnable {@code PartnerflowApplication} is the configuration, named explicitly by each test.
 */
@SpringBootApplication
@ConditionalOnMissingClass("org.partnerflow.PartnerflowApplication")
public class AppTestApplication {
}
