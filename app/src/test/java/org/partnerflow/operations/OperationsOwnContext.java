package org.partnerflow.operations;

import org.partnerflow.AppTestApplication;
import org.partnerflow.testsupport.SpringTestBase;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One context, of its own, for the operations tests that need other settings than the shared one:
 * the actuator on a management port of its own and structured (ECS) console logs, with the request
 * log's own line at debug. Its engine has a name of its own (see {@code PartnerflowSpringTest}).
 */
@SpringBootTest(classes = AppTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "logging.structured.format.console=ecs",
        "logging.level.org.partnerflow.operations=debug",
        "camunda.bpm.generate-unique-process-engine-name=true"})
abstract class OperationsOwnContext extends SpringTestBase {
}
