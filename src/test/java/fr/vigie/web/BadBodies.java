package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import fr.vigie.web.RawHttp.Answer;
import fr.vigie.web.RouteCatalog.Input;
import fr.vigie.web.RouteCatalog.Route;

/**
 * Bodies a route must refuse whole, or take as it would any text: malformed JSON or JSON of another type,
 * nesting 10,000 deep, bytes that are not UTF-8, escapes of a NUL or a lone surrogate, the wrong content
 * type, a forged CSRF token, multipart cut short, a field over the form limit.
 */
final class BadBodies {

    private BadBodies() {
    }

    /** One bad body for a route: what it is, the field it is about (if any), what a permitted caller gets. */
    record Variant(String what, String field, Set<Integer> statuses, Function<RouteClient.Call, Answer> send) {
    }

    /**
     * Whole-body variants for a route: malformed, not UTF-8, too deep, too large, of the wrong content type.
     * {@code field}: what a permitted caller may get for a bad value in one field.
     */
    static List<Variant> of(Route route, Set<Integer> field) {
        List<Variant> cases = new ArrayList<>();
        String text = firstTextField(route);
        Set<Integer> unsupported = Set.of(415);
        if (route.input() == Input.JSON) {
            HostileCorpus.MALFORMED_JSON.forEach(json -> cases.add(new Variant("JSON " + HostileCorpus.label(json), null,
                    Set.of(400), c -> c.sendRaw("application/json", HostileCorpus.utf8(json)))));
            HostileCorpus.EMPTY_JSON.forEach(json -> cases.add(new Variant("JSON " + HostileCorpus.label(json), null,
                    field, c -> c.sendRaw("application/json", HostileCorpus.utf8(json)))));
            cases.add(new Variant("JSON nested 10,000 deep", null, Set.of(400),
                    c -> c.sendRaw("application/json", HostileCorpus.utf8(HostileCorpus.deepJson(10_000)))));
            cases.add(new Variant(text + " nested 10,000 deep", null, Set.of(400), c -> c.sendRaw("application/json",
                    jsonWith(c, text, HostileCorpus.utf8("[".repeat(10_000) + "]".repeat(10_000))))));
            for (String escape : List.of("\\ud800", "\\u0000", "\\u202e")) {
                cases.add(new Variant(text + " escaped " + escape, text, field, c -> c.sendRaw("application/json",
                        jsonWith(c, text, HostileCorpus.utf8("\"" + escape + "\"")))));
            }
            cases.add(new Variant("form content", null, unsupported,
                    c -> c.sendRaw("application/x-www-form-urlencoded", HostileCorpus.utf8(c.formBody()))));
            cases.add(new Variant("multipart content", null, unsupported, c -> c.sendRaw("multipart/form-data; boundary=x",
                    HostileCorpus.utf8("--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--x--\r\n"))));
            // never guessed to be JSON (issue 18, item 10)
            cases.add(new Variant("no content type", null, unsupported, c -> c.sendRaw(null, c.jsonBody())));
            for (byte[] bad : HostileCorpus.INVALID_UTF8) {
                // mostly 400 (not JSON); an overlong form is decoded by Jackson to the character it spells
                cases.add(new Variant(text + " not UTF-8 " + Arrays.toString(bad), null, field, c -> c.sendRaw("application/json",
                        jsonWith(c, text, concat(new byte[] { '"' }, bad, new byte[] { '"' })))));
            }
        } else {
            cases.add(new Variant("JSON content", null, unsupported, c -> c.sendRaw("application/json", c.jsonBody())));
            cases.add(new Variant("no content type", null, unsupported, c -> c.sendRaw(null, c.jsonBody())));
        }
        if (route.input() == Input.FORM) {
            cases.add(new Variant("forged CSRF token", null, Set.of(route.key().equals(HostileInputSuiteTest.LOGIN) ? 302 : 400),
                    c -> c.sendRaw("application/x-www-form-urlencoded",
                            HostileCorpus.utf8(c.formBody().replaceFirst("csrf-token=[^&]*", "csrf-token=forged")))));
            for (byte[] bad : HostileCorpus.INVALID_UTF8) {
                // decoded with U+FFFD in place of the bad bytes, then checked like any text
                cases.add(new Variant(text + " not UTF-8 " + Arrays.toString(bad), text, field, c -> c.sendRaw(
                        "application/x-www-form-urlencoded; charset=UTF-8", spliced(HostileCorpus.utf8(c.with(text, "§").formBody()),
                                "%C2%A7", bad))));
            }
        }
        if (route.input() == Input.MULTIPART) {
            cases.add(new Variant("multipart without boundary", null, Set.of(400),
                    c -> c.sendRaw("multipart/form-data", HostileCorpus.utf8("--x\r\n\r\n"))));
            cases.add(new Variant("multipart cut short", null, Set.of(400), c -> c.sendRaw("multipart/form-data; boundary=x",
                    HostileCorpus.utf8("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF"))));
        } else {
            // over the form attribute limit (4 MB): refused by the server for forms, by the field's length for JSON
            String big = "y".repeat(5 * 1024 * 1024);
            cases.add(new Variant(text + " of 5 MB", text, route.input() == Input.FORM ? Set.of(413) : field,
                    c -> c.with(text, big).send()));
        }
        cases.add(new Variant("text/plain content", null, unsupported, c -> c.sendRaw("text/plain", c.jsonBody())));
        return cases;
    }

    private static String firstTextField(Route route) {
        return route.fields().entrySet().stream().filter(e -> e.getValue() instanceof String).map(Map.Entry::getKey)
                .findFirst().orElse(route.fields().keySet().iterator().next());
    }

    /** The call's JSON body with {@code field} holding {@code rawJson}, bytes as they are. */
    private static byte[] jsonWith(RouteClient.Call call, String field, byte[] rawJson) {
        return spliced(call.with(field, "§").jsonBody(), "\"§\"", rawJson);
    }

    /** {@code body} with its one {@code marker} replaced by {@code insert}. */
    private static byte[] spliced(byte[] body, String marker, byte[] insert) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        assertThat(at).as(marker + " in " + text).isNotNegative();
        return concat(HostileCorpus.utf8(text.substring(0, at)), insert, HostileCorpus.utf8(text.substring(at + marker.length())));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
