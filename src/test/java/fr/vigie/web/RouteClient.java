package fr.vigie.web;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import fr.vigie.web.RawHttp.Answer;
import fr.vigie.web.RouteCatalog.FilePart;
import fr.vigie.web.RouteCatalog.Input;
import fr.vigie.web.RouteCatalog.Route;

/**
 * Calls the routes of {@link RouteCatalog} as a given role, the way a browser (pages: session cookie,
 * CSRF token in the form) or an API client (bearer token; CSRF double submit for multipart) does, after
 * making the records the route's placeholders name.
 */
final class RouteClient {

    private static final String BOUNDARY = "vigie-hostile-boundary";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z.]+)}");

    /** A JSON field sent as {@code null} (a null value leaves the field out). */
    static final Object JSON_NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<RouteCatalog.Role, BrowserSession> SESSIONS = new EnumMap<>(RouteCatalog.Role.class);
    private static final Map<RouteCatalog.Role, String> TOKENS = new EnumMap<>(RouteCatalog.Role.class);
    /** Records made for a call that was refused, so unchanged: the next call of the same route uses them. */
    private static final Map<String, Map<String, Object>> SPARE = new HashMap<>();
    private static String apiCsrf;

    private RouteClient() {
    }

    /** One call of a route by a role: its path and fields resolved, ready to be changed and sent. */
    static final class Call {
        final Route route;
        final RouteCatalog.Role role;
        private final Map<String, Object> context = new HashMap<>();
        String path;
        final Map<String, Object> values = new LinkedHashMap<>();

        private Call(Route route, RouteCatalog.Role role) {
            this.route = route;
            this.role = role;
            context.putAll(RouteFixtures.shared());
            context.putAll(SPARE.getOrDefault(route.key(), Map.of()));
            SPARE.remove(route.key());
            this.path = resolve(route.path(), false).toString();
            route.fields().forEach((name, value) -> values.put(name, resolve(value, route.input() == Input.JSON)));
        }

        /** The same call with one field set to {@code value} as is (no placeholder resolution). */
        Call with(String field, Object value) {
            values.put(field, value);
            return this;
        }

        /** The same call at another path, already encoded. */
        Call at(String encoded) {
            path = encoded;
            return this;
        }

        /** Sends the fields the way the route takes them. */
        Answer send() {
            return switch (route.input()) {
                case QUERY -> exchange(null, new byte[0]);
                case FORM -> sendRaw("application/x-www-form-urlencoded; charset=UTF-8", formBody().getBytes(StandardCharsets.UTF_8));
                case JSON -> sendRaw("application/json", jsonBody());
                case MULTIPART -> sendRaw("multipart/form-data; boundary=" + BOUNDARY, multipartBody());
            };
        }

        /** Sends {@code body} as is, with this Content-Type (none when null), with the caller's credentials. */
        Answer sendRaw(String contentType, byte[] body) {
            return exchange(contentType, body);
        }

        /**
         * Sends the call's own body with the role's session cookie instead of its token and no CSRF header: what a
         * page of another origin of the same site makes the logged-in browser send (issue 18, item 10).
         */
        Answer sendAsForeignPage(String contentType) {
            byte[] body = switch (route.input()) {
                case MULTIPART -> multipartBody();
                case FORM -> formBody().getBytes(StandardCharsets.UTF_8);
                case QUERY -> contentType == null ? new byte[0] : jsonBody();
                case JSON -> jsonBody();
            };
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Cookie", session(role).cookieHeader());
            if (contentType != null) {
                headers.put("Content-Type", contentType.equals("multipart/form-data") ? contentType() : contentType);
            }
            return RawHttp.exchange(route.method(), target(), headers, body, -1);
        }

        /** Says that {@code length} bytes follow, sends a few, and reads the answer. */
        Answer declaring(long length) {
            Map<String, String> headers = headers(contentType());
            return RawHttp.exchange(route.method(), target(), headers, new byte[] { '{' }, length);
        }

        private Answer exchange(String contentType, byte[] body) {
            Answer answer = RawHttp.exchange(route.method(), target(), headers(contentType), body, -1);
            if (answer.status() < 400 && LOGOUT.equals(route.key())) {
                forgetSession(role); // logout ended that session on the server: the role's next call logs in again
            }
            if (answer.status() >= 400) {
                Map<String, Object> fresh = new HashMap<>(context);
                fresh.keySet().removeIf(name -> !name.startsWith("fresh."));
                SPARE.put(route.key(), fresh);
            }
            return answer;
        }

        private String contentType() {
            return switch (route.input()) {
                case QUERY -> null;
                case FORM -> "application/x-www-form-urlencoded";
                case JSON -> "application/json";
                case MULTIPART -> "multipart/form-data; boundary=" + BOUNDARY;
            };
        }

        /** The path, with the fields as its query for routes that take a query. */
        private String target() {
            if (route.input() != Input.QUERY) {
                return path;
            }
            StringBuilder query = new StringBuilder();
            values.forEach((name, v) -> {
                if (v != null) {
                    query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(encode(String.valueOf(v)));
                }
            });
            return path + query;
        }

        /** The call's credentials (and the API's CSRF double submit for multipart), and its Content-Type. */
        private Map<String, String> headers(String contentType) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (route.api()) {
                if (role != RouteCatalog.Role.ANONYMOUS) {
                    headers.put("Authorization", "Bearer " + token(role));
                }
                if (route.input() == Input.MULTIPART) {
                    headers.put("Cookie", "vigie-csrf=" + apiCsrf());
                    headers.put("X-CSRF-TOKEN", apiCsrf());
                }
            } else {
                headers.put("Cookie", role == RouteCatalog.Role.ANONYMOUS ? "vigie-csrf=" + apiCsrf() : session(role).cookieHeader());
            }
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return headers;
        }

        /** The fields as a JSON object (the route's own body for JSON routes). */
        byte[] jsonBody() {
            Map<String, Object> json = new LinkedHashMap<>(values);
            json.values().removeIf(v -> v == null);
            json.replaceAll((name, v) -> v == JSON_NULL ? null : v);
            return json(json);
        }

        /** The text fields as an urlencoded form, with the CSRF token (the route's own body for forms). */
        String formBody() {
            StringBuilder form = new StringBuilder("csrf-token=").append(csrf());
            values.forEach((name, v) -> {
                if (v != null && !(v instanceof FilePart)) {
                    form.append('&').append(name).append('=').append(encode(String.valueOf(v)));
                }
            });
            return form.toString();
        }

        /** The fields as multipart/form-data, with the CSRF token for pages. */
        byte[] multipartBody() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Object> parts = new LinkedHashMap<>();
            if (!route.api()) {
                parts.put("csrf-token", csrf());
            }
            parts.putAll(values);
            parts.forEach((name, v) -> {
                if (v == null) {
                    return;
                }
                String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
                if (v instanceof FilePart file) {
                    head += "; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType();
                }
                out.writeBytes((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(v instanceof FilePart file ? file.content() : String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            });
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        /** The CSRF token a page's form carries for this caller. */
        String csrf() {
            return role == RouteCatalog.Role.ANONYMOUS ? apiCsrf() : session(role).csrf();
        }

        /** A value with its placeholders replaced; a lone id placeholder stays a number in JSON. */
        private Object resolve(Object value, boolean json) {
            if (value instanceof FilePart file && file.contentType().startsWith("text/")) {
                String text = resolve(new String(file.content(), StandardCharsets.UTF_8), false).toString();
                return new FilePart(file.fileName(), text.getBytes(StandardCharsets.UTF_8), file.contentType());
            }
            if (value instanceof java.util.List<?> list) {
                return list.stream().map(v -> resolve(v, json)).toList();
            }
            if (!(value instanceof String text)) {
                return value;
            }
            Matcher m = PLACEHOLDER.matcher(text);
            if (json && m.matches() && fixture(m.group(1)) instanceof Number n) {
                return n;
            }
            return m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf(fixture(r.group(1)))));
        }

        private Object fixture(String name) {
            Object known = context.get(name);
            if (known != null) {
                return known;
            }
            Object made = RouteFixtures.make(name, this::fixture, ownUser());
            if (!name.equals("unique")) {
                context.put(name, made);
            }
            return made;
        }

        private String ownUser() {
            return role == RouteCatalog.Role.ANONYMOUS ? TestAccounts.VIEWER : role.username;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Call call(Route route, RouteCatalog.Role role) {
        return new Call(route, role);
    }

    /** A page as the role's browser gets it. */
    static Answer page(RouteCatalog.Role role, String path) {
        return RawHttp.exchange("GET", path, Map.of("Cookie", session(role).cookieHeader()), new byte[0], -1);
    }

    private static final String LOGOUT = "POST /logout";

    static synchronized void forgetSession(RouteCatalog.Role role) {
        SESSIONS.remove(role);
    }

    /** The logged-in browser of the role, holding a CSRF token. */
    static synchronized BrowserSession session(RouteCatalog.Role role) {
        BrowserSession session = SESSIONS.computeIfAbsent(role, r -> BrowserSession.login(r.username));
        if (session.csrf() == null) {
            session.get("/account");
        }
        return session;
    }

    static synchronized String token(RouteCatalog.Role role) {
        return TOKENS.computeIfAbsent(role, r -> TestAccounts.token(r.username));
    }

    /** A CSRF cookie value as any visitor gets it; the double submit echoes it in the form or a header. */
    static synchronized String apiCsrf() {
        if (apiCsrf == null) {
            apiCsrf = given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        }
        return apiCsrf;
    }
}
