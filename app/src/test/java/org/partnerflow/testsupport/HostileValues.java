package org.partnerflow.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.instancio.Random;
import org.partnerflow.workflow.form.FormValues;

/**
 * Generators of what an attacker, a broken client or a careless paste sends: huge strings, control
 * characters (NUL, escape, bidi overrides, lone surrogates), markup, SQL, spreadsheet formulas, values
 * of the wrong type and dates that do not exist. Shared by the hostile-input tests; every value comes
 * from one seeded {@link Random} (see {@link HostileSeed}), so a failing run replays exactly.
 */
public final class HostileValues {

    /** Characters no stored text may hold (see FormValidator); NUL first, as PostgreSQL refuses it outright. */
    public static final List<Character> REFUSED_CHARS = List.of('\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C',
            '\u001B', '\u001F', '\u007F', '\u0085', '\u009B', '\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067',
            '\u2068', '\u2069', '\uD800', '\uDFFF');

    public static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "javascript:alert(1)",
            "</title><script>alert(document.cookie)</script>", "<!--", "]]>", "&lt;b&gt;", "{{7*7}}", "${7*7}", "#{7*7}",
            "'; DROP TABLE wellbeing_concern; --", "' OR '1'='1", "1; SELECT pg_sleep(10)", "\" OR \"\"=\"", "%' --",
            "=HYPERLINK(\"http://x\",\"y\")", "+cmd|'/C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
            "../../etc/passwd", "%00", "\\u0000", "null", "undefined", "NaN", "true", "[]", "{}", "\uFEFF", "\u200B",
            "Zoë Ó Súilleabháin", "سارا", "👩‍👧", "a\u0301");

    /** Dates that do not exist or do not fit: form-js and the database both expect yyyy-mm-dd with four-digit years. */
    public static final List<String> IMPOSSIBLE_DATES = List.of("2026-02-30", "2026-02-29", "2026-04-31", "2026-13-01",
            "2026-00-10", "2026-01-00", "0000-00-00", "+10000-01-01", "-0001-01-01", "+999999999-12-31", "-999999999-01-01",
            "99999-01-01", "2026-1-5", "26-01-05", "31/12/2026", "12/31/2026", "2026/01/05", "20260105", "2026-01-05x",
            " 2026-01-05", "2026-01-05T25:00", "2026-02-30T10:00:00Z", "2026-W01", "today", "1e9", "<script>");

    public static final List<Double> ODD_DOUBLES = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            -0.0d, Double.MAX_VALUE, Double.MIN_VALUE);

    private static final char[] TYPED = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '\"<>&;=+-@").toCharArray();

    private final Random random;

    public HostileValues(Random random) {
        this.random = random;
    }

    public Random random() {
        return random;
    }

    /** Text that must never be stored: over every cap, or holding a refused character somewhere. */
    public String refusedText() {
        if (random.trueOrFalse()) {
            return random.oneOf(PAYLOADS) + "A".repeat(random.intRange(20_001, 200_000));
        }
        return anyText() + random.oneOf(REFUSED_CHARS) + anyText();
    }

    /** Text a person could type or paste, hostile or not: payloads, random Unicode, edge lengths. */
    public String anyText() {
        return switch (random.intRange(0, 3)) {
            case 0 -> random.oneOf(PAYLOADS);
            case 1 -> anyChars(random.intRange(0, 40));
            case 2 -> random.stringOf(random.intRange(0, 60), TYPED);
            default -> {
                String around = random.mixedCaseAlphabetic(random.intRange(0, 10));
                yield around + random.oneOf(PAYLOADS) + around;
            }
        };
    }

    /** Any UTF-16 units at all: controls, surrogates (paired or not), private use. */
    private String anyChars(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(random.characterRange('\u0000', '\uFFFF'));
        }
        return out.toString();
    }

    /** Any text at all, including what must be refused (weights 4 : 2 : 1 : 1, as before). */
    public String hostileText() {
        int roll = random.intRange(1, 8);
        if (roll <= 4) {
            return anyText();
        }
        if (roll <= 6) {
            return refusedText();
        }
        return roll == 7 ? "x".repeat(random.intRange(900, 21_000)) : random.oneOf(IMPOSSIBLE_DATES);
    }

    /** Values of the wrong kind for most fields: numbers (incl. NaN and infinities), lists, maps, opaque values. */
    public Object wrongType() {
        return switch (random.intRange(0, 10)) {
            case 0 -> random.intRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
            case 1 -> random.oneOf(Long.MIN_VALUE, Long.MAX_VALUE, random.longRange(-1L << 61, 1L << 61));
            case 2 -> random.oneOf(ODD_DOUBLES);
            case 3 -> random.trueOrFalse() ? random.doubleRange(-1e6, 1e6) : Double.longBitsToDouble(random.longRange(-1L << 61, 1L << 61) * 2);
            case 4 -> new BigDecimal("1e400");
            case 5 -> random.trueOrFalse();
            case 6 -> listOf(1, 5, this::anyText);
            case 7 -> listOf(1, 3, () -> random.intRange(-1000, 1000));
            case 8 -> List.of(List.of("nested"), Map.of("k", "v"));
            case 9 -> Map.of("k" + anyText(), anyText());
            default -> random.oneOf(new FormValues.NotAFormValue("bytes"), new FormValues.NotAFormValue("JSON scalar"));
        };
    }

    /** Anything at all: hostile text, wrong types, impossible dates. */
    public Object anything() {
        return random.trueOrFalse() ? hostileText() : wrongType();
    }

    /** Lists of choices nobody offered, or too many of them. */
    public Object hostileList() {
        if (random.trueOrFalse()) {
            return listOf(1, 4, this::hostileText);
        }
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add("choice-" + i);
        }
        return many;
    }

    /** Between min and max values (inclusive) from one generator. */
    public <T> List<T> listOf(int min, int max, Supplier<T> each) {
        int size = random.intRange(min, max);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(each.get());
        }
        return out;
    }

    /** Up to max entries with hostile keys (shorter than maxKeyLength) and values from one generator. */
    public <V> Map<String, V> hostileKeys(int max, int maxKeyLength, Supplier<V> each) {
        Map<String, V> out = new LinkedHashMap<>();
        int size = random.intRange(0, max);
        while (out.size() < size) {
            String key = hostileText();
            if (key.length() < maxKeyLength) {
                out.put(key, each.get());
            }
        }
        return out;
    }
}
