package org.partnerflow.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Records which database the process tests ran on ({@code target/test-database.txt}) for CI to check. */
final class ProcessDatabaseMarker {

    private ProcessDatabaseMarker() {
    }

    static void record(ProcessEngine engine) {
        String type = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "test-database.txt"), type + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
