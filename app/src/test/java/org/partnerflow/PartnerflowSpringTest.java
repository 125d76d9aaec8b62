package org.partnerflow;

import org.partnerflow.testsupport.SpringTestBase;
import org.partnerflow.testsupport.StatementCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of the app module's Spring tests: one context for all of them (the application core on a
 * random port), with the statements sent to the database counted; the shared fixtures are
 * {@link SpringTestBase}'s. A test that needs a context of its own (other properties) must set
 * {@code camunda.bpm.generate-unique-process-engine-name=true}: the engine REST finds its engine by
 * the name "default" in one registry per JVM, and a later context's engine would answer the shared
 * context's REST calls, past its guards.
 */
@SpringBootTest(classes = AppTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
public abstract class PartnerflowSpringTest extends SpringTestBase {
}
