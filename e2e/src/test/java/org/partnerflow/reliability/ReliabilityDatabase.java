package org.partnerflow.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database of its own for a test that runs the application as separate processes. It
 * sits on the server the suite runs on ({@code SPRING_DATASOURCE_URL}, as CI sets it) and is named
 * after the suite's database with a suffix ({@code partnerflow_test} → {@code partnerflow_test_crash}),
 * dropped and created afresh. These tests need PostgreSQL: two processes cannot share an in-memory H2.
 */
final class ReliabilityDatabase {

    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    final String url;
    final String user;
    final String password;

    private ReliabilityDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static ReliabilityDatabase fresh(String suffix) throws SQLException {
        String suiteUrl = setting("SPRING_DATASOURCE_URL", "");
        Matcher m = POSTGRES_URL.matcher(suiteUrl);
        if (!m.matches()) {
            throw new IllegalStateException("These tests run the application as separate processes on PostgreSQL: set "
                    + "SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to a PostgreSQL database, as .ci/run does; it was '"
                    + suiteUrl + "'");
        }
        String name = m.group(2) + "_" + suffix;
        String user = setting("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = setting("SPRING_DATASOURCE_PASSWORD", "");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + m.group(1) + "/postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        return new ReliabilityDatabase("jdbc:postgresql://" + m.group(1) + "/" + name, user, password);
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name, otherwise);
    }

    long count(String sql, Object... args) throws SQLException {
        List<String> row = strings(sql, args);
        return row.isEmpty() ? 0 : Long.parseLong(row.get(0));
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
