package org.partnerflow.testsupport;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * What app's {@code ArchitectureTest} and ui's {@code UiArchitectureTest} both name: here, in the
 * test jar ui reads (which leaves out test classes themselves).
 */
public final class Boundaries {

    /** The feature packages; workflow, identity, audit and words are what they stand on. */
    public static final String[] FEATURES = {"org.partnerflow.referral..", "org.partnerflow.partnership..",
            "org.partnerflow.improvement..", "org.partnerflow.indicators..", "org.partnerflow.oversight..",
            "org.partnerflow.establishment..", "org.partnerflow.agency.."};
    /** The engine's public API: the packages Operaton keeps, renamed, so features may use them. */
    public static final java.util.Set<String> ENGINE_PUBLIC_API = java.util.Set.of(
            "org.camunda.bpm.engine", "org.camunda.bpm.engine.delegate", "org.camunda.bpm.engine.history",
            "org.camunda.bpm.engine.task", "org.camunda.bpm.engine.runtime", "org.camunda.bpm.engine.identity",
            "org.camunda.bpm.engine.repository", "org.camunda.bpm.engine.management", "org.camunda.bpm.engine.variable", "org.camunda.bpm.engine.variable.value",
            "org.camunda.bpm.model.bpmn", "org.camunda.bpm.model.bpmn.instance");

    public static final String[] ENGINE_INTEGRATION = {"org.partnerflow.workflow..", "org.partnerflow.identity.."};

    /** Main classes only, whether they come from a classes folder or a jar (test jars and test folders left out). */
    public static final ImportOption PRODUCTION = (Location location) ->
            !location.contains("/test-classes/") && !location.contains("-tests.jar");

    private Boundaries() {
    }
}
