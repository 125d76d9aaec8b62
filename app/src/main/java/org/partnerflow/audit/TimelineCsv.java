package org.partnerflow.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnerflow.words.Words;

/**
 * A timeline as CSV (RFC 4180, with a header row): the same events, in the same order and the same
 * words as shown: British date and time in Europe/London (the export is read by people in a
 * spreadsheet, not loaded by a program), people by name.
 */
public final class TimelineCsv {

    public static final String[] HEADER = {"When", "Kind", "Who", "What", "Detail"};

    private TimelineCsv() {
    }

    public static void write(List<TimelineEvent> events, Writer out) {
        write(events, UnaryOperator.identity(), out);
    }

    /** {@code nameOf} turns the user id an event records into the person's name. */
    public static void write(List<TimelineEvent> events, UnaryOperator<String> nameOf, Writer out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (TimelineEvent e : events) {
                printer.printRecord(Words.dateTimeSeconds(e.at()), Words.of(e.kind()), guarded(nameOf.apply(e.who())), guarded(e.what()), guarded(e.detail()));
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
