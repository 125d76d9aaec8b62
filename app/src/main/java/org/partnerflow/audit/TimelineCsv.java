package org.partnerflow.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A timeline as CSV (RFC 4180, with a header row): the same events, in the same order, as shown. */
public final class TimelineCsv {

    public static final String[] HEADER = {"When", "Kind", "Who", "What", "Detail"};
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TimelineCsv() {
    }

    public static void write(List<TimelineEvent> events, ZoneId zone, Writer out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (TimelineEvent e : events) {
                printer.printRecord(WHEN.format(e.at().atZone(zone)), e.kind().words(), guarded(e.who()), guarded(e.what()), guarded(e.detail()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return before one) as a
     * formula: recorded text must not become one.
     */
    static String guarded(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
