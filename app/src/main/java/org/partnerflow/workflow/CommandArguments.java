package org.partnerflow.workflow;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads (and for whole numbers, replaces) the arguments of the engine commands that
 * {@link EngineCommandGuard} checks. Camunda 7 keeps them in protected fields with no getters, and
 * offers no other hook that sees a submission before it is written and apart from the task's current
 * values; so they are read by reflection, here only. {@code CommandArgumentsTest} fails if an engine
 * upgrade renames them.
 */
final class CommandArguments {

    private CommandArguments() {
    }

    @SuppressWarnings("unchecked")
    static <V> V field(Object command, String name) {
        try {
            Field f = declaredField(command.getClass(), name);
            f.setAccessible(true);
            return (V) f.get(command);
        } catch (ReflectiveOperationException e) {
            throw changed(command, name, e);
        }
    }

    /**
     * Puts the validated values that the form says are whole back as Longs (see
     * {@link org.partnerflow.workflow.form.FormValues#wholeNumbers}), so the engine keeps the number the
     * case record keeps. A caller's map that cannot change is replaced.
     */
    static void store(Object command, String name, Map<String, Object> wholeNumbers) {
        if (wholeNumbers.isEmpty()) {
            return;
        }
        Map<String, Object> submitted = field(command, name);
        try {
            submitted.putAll(wholeNumbers);
        } catch (UnsupportedOperationException e) {
            Map<String, Object> copy = new HashMap<>(submitted);
            copy.putAll(wholeNumbers);
            try {
                Field f = declaredField(command.getClass(), name);
                f.setAccessible(true);
                f.set(command, copy);
            } catch (ReflectiveOperationException failed) {
                throw changed(command, name, failed);
            }
        }
    }

    private static IllegalStateException changed(Object command, String name, ReflectiveOperationException e) {
        return new IllegalStateException("Engine command " + command.getClass().getName()
                + " no longer has field '" + name + "': update CommandArguments for this engine version", e);
    }

    private static Field declaredField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass: AssignTaskCmd keeps its task id in AbstractSetTaskPropertyCmd
            }
        }
        throw new NoSuchFieldException(name);
    }
}
