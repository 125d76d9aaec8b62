package org.partnerflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.audit.TimelineEvent.Kind;
import org.partnerflow.testsupport.HostileSeed;
import org.partnerflow.testsupport.HostileValues;
import org.partnerflow.testsupport.InputsTried;

/**
 * Recorded text in the timeline's CSV export never becomes a spreadsheet formula, and otherwise
 * comes back exactly as recorded, whatever it holds (quotes, commas, line breaks, markup).
 */
@ExtendWith(HostileSeed.class)
class TimelineCsvFormulaTest {

    private static final InputsTried TRIED = new InputsTried(TimelineCsvFormulaTest.class);
    /** What spreadsheets read as the start of a formula (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @AfterAll
    static void writeCounts() {
        TRIED.write();
    }

    @RepeatedTest(300)
    void noCellStartsAFormulaAndEveryCellReadsBackAsRecorded(HostileValues hostile) throws IOException {
        List<TimelineEvent> events = events(hostile);
        TRIED.add("exports");
        TRIED.add("cells", events.size() * 3L);
        StringWriter csv = new StringWriter();

        TimelineCsv.write(events, csv);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(rows).hasSameSizeAs(events);
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            assertCell(rows.get(i).get("Who"), e.who());
            assertCell(rows.get(i).get("What"), e.what());
            assertCell(rows.get(i).get("Detail"), e.detail());
        }
    }

    private static void assertCell(String cell, String recorded) {
        if (!cell.isEmpty()) {
            assertThat(FORMULA_STARTS.indexOf(cell.charAt(0))).as("cell %s", cell).isNegative();
        }
        boolean dangerous = !recorded.isEmpty() && FORMULA_STARTS.indexOf(recorded.charAt(0)) >= 0;
        assertThat(cell).isEqualTo(dangerous ? "'" + recorded : recorded);
    }

    private static List<TimelineEvent> events(HostileValues hostile) {
        return hostile.listOf(0, 5, () -> new TimelineEvent(Instant.parse("2026-11-30T10:15:30Z"),
                hostile.random().oneOf(Kind.values()), text(hostile), text(hostile), text(hostile)));
    }

    /** Hostile text, half the time starting with a character a spreadsheet or the CSV format treats specially. */
    private static String text(HostileValues hostile) {
        return hostile.random().trueOrFalse() ? hostile.anyText()
                : hostile.random().oneOf('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ') + hostile.anyText();
    }
}
