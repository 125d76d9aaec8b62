package org.partnerflow.partnership;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;

/**
 * Reads shared programme actions written one per line as "what; owner; due date; indicator". A line
 * that cannot be read is refused like a form error on its field, naming the line, so nothing is
 * half-written.
 */
final class ActionLines {

    record Line(String what, String owner, LocalDate due, String indicator) {
    }

    private ActionLines() {
    }

    static List<Line> parse(String text, String formId, String field) {
        List<Line> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        String[] rows = text.strip().split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] parts = row.split(";", 4);
            if (parts.length < 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw refused(formId, field, i, "write it as: what; owner; due date (" + Words.WRITTEN_DATE_EXAMPLE + "); indicator (optional)");
            }
            LocalDate due;
            try {
                due = Words.readDate(parts[2]);
            } catch (DateTimeParseException e) {
                throw refused(formId, field, i, "the due date '" + parts[2].strip() + "' must be a date, written as " + Words.WRITTEN_DATE_EXAMPLE);
            }
            String what = parts[0].strip();
            String owner = parts[1].strip();
            if (what.length() > 1000 || owner.length() > 200) {
                throw refused(formId, field, i, "what may have up to 1,000 characters and the owner up to 200");
            }
            String indicator = parts.length > 3 && !parts[3].isBlank() ? parts[3].strip() : null;
            if (indicator != null && indicator.length() > 200) {
                throw refused(formId, field, i, "the indicator may have up to 200 characters");
            }
            lines.add(new Line(what, owner, due, indicator));
        }
        return lines;
    }

    private static FormValidationException refused(String formId, String field, int index, String why) {
        return new FormValidationException(formId, FieldErrors.of(field, "line " + (index + 1) + ": " + why));
    }
}
