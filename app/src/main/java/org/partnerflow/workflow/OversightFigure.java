package org.partnerflow.workflow;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a family's figures on the managers' oversight page, already in words for people
 * (enums and dates through {@code Words}, people by full name): the page shows any family's figures
 * the same way and knows none of them.
 *
 * @param id       the table's id on the page ("open-cases")
 * @param title    its heading
 * @param headings the column headings, one per cell of each row
 * @param whenEmpty what the table says when it has no row
 */
public record OversightFigure(String id, String title, List<String> headings, List<Row> rows, String whenEmpty) {

    /** The period figures over time (throughput, medians, timescales missed) are counted over. */
    public static final Duration PERIOD = Duration.ofDays(90);

    public OversightFigure {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /**
     * One line of the table.
     *
     * @param address the route the line opens (a partnership's page), or null when it opens nothing
     */
    public record Row(List<String> cells, String address) {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... cells) {
            return new Row(Arrays.asList(cells), null);
        }

        public static Row opening(String address, String... cells) {
            return new Row(Arrays.asList(cells), address);
        }
    }
}
