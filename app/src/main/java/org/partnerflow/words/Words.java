package org.partnerflow.words;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way the product words things for people: enums, stages and roles from one bundle
 * ({@code vaadin-i18n/translations.properties}, British English, which Vaadin's own I18NProvider also
 * reads, so a Gaelic bundle later is one more file), and dates and times British, in Europe/London,
 * whatever zone the server runs in.
 */
public final class Words {

    /** Where Scottish councils are: every date and time shown, printed or exported is read here. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final Locale LOCALE = Locale.UK;
    public static final String BUNDLE = "vaadin-i18n.translations";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE).withZone(ZONE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yy", LOCALE).withZone(ZONE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", LOCALE).withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", LOCALE).withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", LOCALE).withZone(ZONE);

    private Words() {
    }

    /**
     * An enum constant in words: the bundle's {@code SimpleName.CONSTANT} ({@code Role.NAMED_PERSON}),
     * else the constant in plain words. A nested enum's key names its enclosing types too
     * ({@code Partnership.Status.ACTIVE}): several entities have a {@code Status}.
     */
    public static String of(Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        String key = key(constant);
        return has(key) ? bundle().getString(key) : plain(constant.name());
    }

    /** The bundle key of an enum constant, as {@link #of(Enum)} reads it. */
    public static String key(Enum<?> constant) {
        StringBuilder type = new StringBuilder(constant.getDeclaringClass().getSimpleName());
        for (Class<?> outer = constant.getDeclaringClass().getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            type.insert(0, outer.getSimpleName() + ".");
        }
        return type + "." + constant.name();
    }

    /** A sentence from the bundle, its {0}, {1}… filled in (MessageFormat, British locale). */
    public static String text(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }

    public static boolean has(String key) {
        try {
            bundle().getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** 4 Mar 2015. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 4 Mar 2015, the day it was in Scotland at that instant. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String date(Date date) {
        return date == null ? "" : date(date.toInstant());
    }

    /** A date as form-js submits it (ISO, 2015-03-04) or as someone wrote it (31/01/2027), shown British; anything else as it came. */
    public static String date(String written) {
        if (written == null || written.isBlank()) {
            return "";
        }
        try {
            return date(readDate(written));
        } catch (java.time.format.DateTimeParseException e) {
            return written;
        }
    }

    /** How a date may be written by hand in a line of text: 31/01/2027, 31 Jan 2027, 31 January 2027 or 2027-01-31. */
    private static final List<DateTimeFormatter> WRITTEN = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu", LOCALE).withResolverStyle(java.time.format.ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", LOCALE).withResolverStyle(java.time.format.ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", LOCALE).withResolverStyle(java.time.format.ResolverStyle.STRICT));

    /** What people are told to write: {@value}. */
    public static final String WRITTEN_DATE_EXAMPLE = "31/01/2027";

    /**
     * A date someone wrote in a line of text (a plan's action, a measure's baseline), British or ISO;
     * {@link java.time.format.DateTimeParseException} when it is none of those or no real date.
     */
    public static LocalDate readDate(String written) {
        String text = written == null ? "" : written.strip();
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return LocalDate.parse(text, format);
            } catch (java.time.format.DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw new java.time.format.DateTimeParseException("not a date written as " + WRITTEN_DATE_EXAMPLE, text, 0);
    }

    /** 4 Mar 15: chart axes and narrow columns. */
    public static String shortDate(TemporalAccessor date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** 4 Mar: run-chart points within one year. */
    public static String dayMonth(TemporalAccessor date) {
        return date == null ? "" : DAY_MONTH.format(date);
    }

    /** 4 Mar 2015 14:05, Scottish time. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String dateTime(Date date) {
        return date == null ? "" : dateTime(date.toInstant());
    }

    public static String dateTime(ZonedDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    /** 4 Mar 2015 14:05:09: audit trails, where the order within a minute matters. */
    public static String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, LOCALE);
    }

    private static String plain(String constant) {
        String text = constant.toLowerCase(LOCALE).replace('_', ' ');
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
