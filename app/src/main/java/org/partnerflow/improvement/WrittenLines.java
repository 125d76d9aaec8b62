package org.partnerflow.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;

/** Numbers and dates inside the lines people write (measures, values), refused at their field if unreadable. */
final class WrittenLines {

    private WrittenLines() {
    }

    static BigDecimal number(String text, String formId, String field, String what) {
        try {
            BigDecimal n = new BigDecimal(text.strip().replace("%", ""));
            if (n.abs().compareTo(BigDecimal.valueOf(10_000_000_000L)) >= 0 || n.scale() > 2) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException ex) {
            throw refused(formId, field, what + " must be a number with at most two decimals");
        }
    }

    static LocalDate date(String text, String formId, String field, String what) {
        try {
            return Words.readDate(text);
        } catch (DateTimeParseException ex) {
            throw refused(formId, field, what + " must be a date, written as " + Words.WRITTEN_DATE_EXAMPLE);
        }
    }

    static FormValidationException refused(String formId, String field, String message) {
        return new FormValidationException(formId, FieldErrors.of(field, message));
    }
}
