package org.partnerflow.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.partnerflow.workflow.form.FormValues;

/**
 * Generators of what an attacker, a broken client or a careless paste sends: huge strings, control
 * characters (NUL, escape, bidi overrides, lone surrogates), markup, SQL, spreadsheet formulas, values
 * of the wrong type and dates that do not exist. Shared by the hostile-input properties.
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

    private HostileValues() {
    }

    /** Text that must never be stored: over every cap, or holding a refused character somewhere. */
    public static Arbitrary<String> refusedText() {
        Arbitrary<String> huge = Arbitraries.integers().between(20_001, 200_000)
                .flatMap(n -> Arbitraries.of(PAYLOADS).map(p -> p + "A".repeat(n)));
        Arbitrary<String> withControl = Combinators.combine(anyText(), Arbitraries.of(REFUSED_CHARS), anyText())
                .as((before, c, after) -> before + c + after);
        return Arbitraries.oneOf(huge, withControl);
    }

    /** Text a person could type or paste, hostile or not: payloads, random Unicode, edge lengths. */
    public static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.of(PAYLOADS),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().alpha().numeric().withChars(" '\"<>&;=+-@").ofMaxLength(60),
                Combinators.combine(Arbitraries.of(PAYLOADS), Arbitraries.strings().alpha().ofMaxLength(10))
                        .as((p, s) -> s + p + s));
    }

    /** Any text at all, including what must be refused. */
    public static Arbitrary<String> hostileText() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, anyText()),
                Tuple.of(2, refusedText()),
                Tuple.of(1, Arbitraries.integers().between(900, 21_000).map("x"::repeat)),
                Tuple.of(1, Arbitraries.of(IMPOSSIBLE_DATES)));
    }

    /** Values of the wrong kind for most fields: numbers (incl. NaN and infinities), lists, maps, opaque values. */
    public static Arbitrary<Object> wrongTypes() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0d, Double.MAX_VALUE, Double.MIN_VALUE)
                        .map(d -> (Object) d),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.just(new BigDecimal("1e400")).map(b -> (Object) b),
                Arbitraries.of(true, false).map(b -> (Object) b),
                anyText().list().ofMinSize(1).ofMaxSize(5).map(l -> (Object) l),
                Arbitraries.integers().list().ofMinSize(1).ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.just((Object) List.of(List.of("nested"), Map.of("k", "v"))),
                Combinators.combine(anyText(), anyText()).as((k, v) -> (Object) Map.of("k" + k, v)),
                Arbitraries.of(new FormValues.NotAFormValue("bytes"), new FormValues.NotAFormValue("JSON scalar")).map(v -> (Object) v));
    }

    /** Anything at all: hostile text, wrong types, impossible dates. */
    public static Arbitrary<Object> anything() {
        return Arbitraries.oneOf(hostileText().map(s -> (Object) s), wrongTypes());
    }

    /** Lists of choices nobody offered, or too many of them. */
    public static Arbitrary<Object> hostileLists() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add("choice-" + i);
        }
        return Arbitraries.oneOf(hostileText().list().ofMinSize(1).ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.just((Object) many));
    }
}
