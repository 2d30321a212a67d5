package fr.vigie.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Malicious and malformed values, sent by {@link HostileInputSuiteTest} in every field of every route. */
final class HostileCorpus {

    private HostileCorpus() {
    }

    static final String SCRIPT = "<script>alert('vigie')</script>";
    /** Breaks out of a double-quoted, then a single-quoted attribute. */
    static final String ATTRIBUTES = "\"><img src=x onerror=alert(1)>'><svg/onload=alert(2)>";

    /** What must never come back unescaped in a page: the working part of each markup payload. */
    static final List<String> MARKUP = List.of("<script>alert('vigie')", "<img src=x onerror", "<svg/onload");

    static final String MEGABYTE = "x".repeat(1_000_000);

    /** Text values, for every field and parameter. */
    static final List<String> STRINGS = List.of(
            SCRIPT, ATTRIBUTES,
            "' OR 1=1; DROP TABLE public_body; --",
            "../../../../etc/passwd",
            "nul\u0000bell\u0007esc\u001b[31m",
            "two\r\nSet-Cookie: vigie-session=forged",
            "\u202Efdp.exe",
            "🚓📹 é\u0301 \uD83D\uDE00",
            "{{7*7}} ${7*7} #{7*7} {inject:csrf.token}",
            "-1", "99999999999999999999",
            "",
            MEGABYTE);

    /** Values of the wrong JSON type, for every JSON field. */
    static final List<Object> JSON_TYPES = List.of(-1.5, true, List.of("a", 1), Map.of("a", 1), RouteClient.JSON_NULL);

    /** Path segments where an id or a key is expected, already encoded for the URL. */
    static final List<String> PATH_SEGMENTS = List.of("abc", "-1", "0", "1.5", "99999999999999999999", "%00",
            "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%20", "%F0%9F%9A%93", "x".repeat(300));

    /** Bytes that are not UTF-8: a lone continuation byte, a truncated sequence, an overlong '/', a surrogate. */
    static final byte[][] INVALID_UTF8 = { { (byte) 0x80 }, { (byte) 0xC3, '(' }, { (byte) 0xC0, (byte) 0xAF },
        { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xFF, (byte) 0xFE } };

    /** JSON that does not parse as one object: malformed, trailing text, a name twice, or another type. */
    static final List<String> MALFORMED_JSON = List.of("{", "{\"name\":", "{name: 'x'}", "{\"a\":1}}",
            "{\"a\":1,}", "{\"a\":1, \"a\":2}", "{\"a\":NaN}", "[]", "\"text\"", "42");

    /** Well-formed JSON with nothing in it: refused for the fields it lacks (or accepted where none is needed). */
    static final List<String> EMPTY_JSON = List.of("", "null", "\uFEFF{}", "{\"a\":\"\\ud800\\u0000\"}");

    /** {"a": [[[...]]]} nested {@code depth} deep. */
    static String deepJson(int depth) {
        return "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The corpus value as a short label for test names and failure messages. */
    static String label(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 40) {
            text = text.substring(0, 20) + "…(" + text.length() + " chars)";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x202E ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
