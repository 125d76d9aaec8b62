package org.partnerflow;

import org.partnerflow.testsupport.SpringTestBase;
import org.partnerflow.testsupport.StatementCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of the app module's Spring tests: one context for all of them (the application core on a
 * random port), with the statements sent to the database counted; the shared fixtures are
 * {@link SpringTestBase}'s.
 */
@SpringBootTest(classes = AppTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
public abstract class PartnerflowSpringTest extends SpringTestBase {
}
