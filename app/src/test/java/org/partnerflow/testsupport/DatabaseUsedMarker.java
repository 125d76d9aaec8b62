package org.partnerflow.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes which database the test context ran on to {@code target/test-database.txt}. CI reads it
 * and fails if the suite did not run on PostgreSQL. A context with the demo profile is left out: it
 * runs the demo data on an in-memory database of its own on purpose, and would otherwise overwrite
 * what the suite's database was.
 */
@Component
@Profile("test & !demo")
public class DatabaseUsedMarker {

    private final DataSource dataSource;

    public DatabaseUsedMarker(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void record() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "test-database.txt"), product + System.lineSeparator());
        }
    }
}
