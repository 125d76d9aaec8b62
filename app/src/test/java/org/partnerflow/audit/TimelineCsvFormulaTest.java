package org.partnerflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.partnerflow.audit.TimelineEvent.Kind;
import org.partnerflow.testsupport.HostileValues;
import org.partnerflow.testsupport.InputsTried;

/**
 * Recorded text in the timeline's CSV export never becomes a spreadsheet formula, and otherwise
 * comes back exactly as recorded, whatever it holds (quotes, commas, line breaks, markup).
 */
class TimelineCsvFormulaTest {

    private static final InputsTried TRIED = new InputsTried(TimelineCsvFormulaTest.class);
    /** What spreadsheets read as the start of a formula (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @AfterContainer
    static void writeCounts() {
        TRIED.write();
    }

    @Property(tries = 300)
    void noCellStartsAFormulaAndEveryCellReadsBackAsRecorded(@ForAll("events") List<TimelineEvent> events) throws IOException {
        TRIED.add("exports");
        TRIED.add("cells", events.size() * 3L);
        StringWriter csv = new StringWriter();

        TimelineCsv.write(events, ZoneId.of("Europe/London"), csv);

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

    @Provide
    Arbitrary<List<TimelineEvent>> events() {
        Arbitrary<String> text = Arbitraries.oneOf(HostileValues.anyText(),
                Combinators.combine(Arbitraries.of('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' '), HostileValues.anyText())
                        .as((start, rest) -> start + rest));
        return Combinators.combine(Arbitraries.of(Kind.values()), text, text, text)
                .as((kind, who, what, detail) -> new TimelineEvent(Instant.parse("2026-11-30T10:15:30Z"), kind, who, what, detail))
                .list().ofMaxSize(5);
    }
}
