package org.partnerflow.testsupport;

import java.security.SecureRandom;
import org.instancio.Random;
import org.instancio.support.DefaultRandom;
import org.instancio.support.Seeds;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The seed of a hostile-input run: one per JVM, chosen at random unless {@code -Dhostile.seed=<seed>}
 * gives it, so a failing run can be replayed. Each test (each repetition of a {@code @RepeatedTest})
 * gets its own {@link Random}, derived from the run's seed and the test's unique id, as a
 * {@link HostileValues} or {@link Random} parameter; every failure is rethrown with the seed in its
 * message. Instancio's own {@code @Seed} fixes a seed in the source; this one changes per run.
 */
public final class HostileSeed implements ParameterResolver, TestExecutionExceptionHandler {

    public static final long RUN = Long.getLong("hostile.seed", new SecureRandom().nextLong());

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == HostileValues.class || type == Random.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Random random = randomFor(context.getUniqueId());
        return parameter.getParameter().getType() == Random.class ? random : new HostileValues(random);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw new AssertionError(replay(context.getDisplayName()) + ": " + failure.getMessage(), failure);
    }

    /** The random of one test: the same run seed and test give the same values. */
    public static Random randomFor(String testId) {
        return new DefaultRandom(RUN ^ (testId.hashCode() * 0x9E3779B97F4A7C15L), Seeds.Source.MANUAL);
    }

    /** What to type to replay a failure, for messages. */
    public static String replay(String where) {
        return "replay with -Dhostile.seed=" + RUN + " (" + where + ")";
    }
}
