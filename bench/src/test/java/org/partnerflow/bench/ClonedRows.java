package org.partnerflow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Grows the engine's tables to a given size quickly by copying real rows inside PostgreSQL: each copy
 * gets fresh ids ({@code bench<n>-<md5 of the old id>}: no engine id starts with "bench", and the hash keeps
 * long ids such as activity instance ids within the columns' 64 characters), so its rows stay linked to
 * each other as the originals were. Going through the engine would take hours for a million
 * history rows; copying keeps the data's real shape (the same processes, tasks, variables) at SQL speed.
 */
final class ClonedRows {

    static final String PREFIX = "bench";

    /** Columns that hold an engine id of a copied row: rewritten in each copy so copies link to copies. */
    private static final Set<String> LINKED_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_", "task_id_",
            "act_inst_id_", "parent_act_inst_id_", "var_inst_id_", "super_process_instance_id_", "parent_task_id_");

    private final DataSource dataSource;

    ClonedRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts {@code copies} copies of the table's rows that match {@code where} (alias {@code t}), with
     * copy numbers starting at {@code firstCopy}; {@code changes} replace whole columns by expressions
     * over {@code t} and the copy number {@code g}. Returns the rows inserted.
     */
    int copy(String table, String where, int firstCopy, int copies, Map<String, String> changes) throws Exception {
        List<String> columns = columns(table);
        String targets = String.join(", ", columns);
        String values = columns.stream().map(c -> changes.containsKey(c) ? changes.get(c) + " as " + c
                : LINKED_IDS.contains(c) ? "case when t." + c + " is null then null else '" + PREFIX + "' || g || '-' || md5(t." + c + ") end"
                : "t." + c).collect(Collectors.joining(", "));
        String sql = "insert into " + table + " (" + targets + ") select " + values + " from " + table + " t cross join generate_series("
                + firstCopy + ", " + (firstCopy + copies - 1) + ") g where (" + where + ") and t.id_ not like '" + PREFIX + "%'";
        try (Connection c = dataSource.getConnection()) {
            return c.createStatement().executeUpdate(sql);
        }
    }

    /** Removes every copy from the tables and tidies them (the next run must not start on a million dead rows). */
    void removeAll(List<String> tables) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (String table : tables) {
                c.createStatement().executeUpdate("delete from " + table + " where id_ like '" + PREFIX + "%'");
            }
        }
        analyze(tables);
    }

    long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Vacuums and refreshes the planner's statistics after a bulk change, as autovacuum would shortly
     * after: measuring before it would measure dead rows and stale statistics, not the queries.
     */
    void analyze(List<String> tables) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true); // VACUUM cannot run inside a transaction
            for (String table : tables) {
                c.createStatement().execute("vacuum analyze " + table);
            }
        }
    }

    private List<String> columns(String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, table.toLowerCase(), null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no table " + table);
        }
        return columns;
    }
}
