package fr.vigie.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small client of the Vigie JSON API over java.net.http, for harnesses that drive a separately started
 * application ({@link AppProcess}): bearer token, JSON in and out, multipart uploads with the CSRF double
 * submit (the vigie-csrf cookie of a GET echoed in X-CSRF-TOKEN). Thread-safe; share one per user.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSRF_COOKIE = "vigie-csrf";

    /** A reply: status, body bytes, and the body read as JSON on demand. */
    public record Reply(int status, byte[] body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + text(), e);
            }
        }

        /** The reply, or an exception naming the status and body when it is not a 2xx. */
        public Reply orThrow() {
            if (!ok()) {
                throw new IllegalStateException("HTTP " + status + ": " + text());
            }
            return this;
        }
    }

    private final URI base;
    private final String token;
    private final CookieManager cookies;
    private final HttpClient http;
    private final Duration timeout;
    private volatile String csrf;

    private ApiClient(URI base, String token, Duration timeout, CookieManager cookies) {
        this.base = base;
        this.token = token;
        this.timeout = timeout;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Exchanges a username and password for a bearer token ({@code POST /api/v1/auth/tokens}). */
    public static ApiClient login(URI base, String username, String password) throws IOException, InterruptedException {
        ApiClient anonymous = new ApiClient(base, null, Duration.ofSeconds(30), new CookieManager());
        Reply reply = anonymous.send("POST", "/api/v1/auth/tokens", JSON.writeValueAsBytes(
                Map.of("username", username, "password", password, "label", "ops harness")), "application/json").orThrow();
        ApiClient client = new ApiClient(base, reply.json().get("token").asText(), Duration.ofSeconds(30), new CookieManager());
        // now, while only this thread uses the client: the cookie store must not be read during others' requests
        client.csrfToken();
        return client;
    }

    /**
     * Logs in through the login form (j_security_check) and calls the API with the session cookie. Unlike a token,
     * whose use is recorded in api_token, a session leaves the database untouched: the client for checksums that
     * must not change because they were read.
     */
    public static ApiClient session(URI base, String username, String password) throws IOException, InterruptedException {
        ApiClient client = new ApiClient(base, null, Duration.ofSeconds(120), new CookieManager());
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Reply reply = client.send("POST", "/j_security_check", form.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        if (reply.status() != 302 && reply.status() != 303 || client.cookie("vigie-session") == null) {
            throw new IOException("login of " + username + " refused: HTTP " + reply.status());
        }
        client.csrfToken();
        return client;
    }

    /** The same user, token and cookies with another request timeout (load generators want short ones). */
    public ApiClient withTimeout(Duration requestTimeout) {
        ApiClient copy = new ApiClient(base, token, requestTimeout, cookies);
        copy.csrf = csrf;
        return copy;
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    public Reply post(String path, Object json) throws IOException, InterruptedException {
        return send("POST", path, JSON.writeValueAsBytes(json), "application/json");
    }

    public Reply put(String path, Object json) throws IOException, InterruptedException {
        return send("PUT", path, JSON.writeValueAsBytes(json), "application/json");
    }

    public Reply delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, null);
    }

    /** A multipart POST of one file (part "file") and plain fields, with the CSRF header. */
    public Reply upload(String path, String fileName, byte[] content, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "vigie-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request(path).header("X-CSRF-TOKEN", csrfToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return send(request);
    }

    /** The CSRF cookie, fetched with a GET the first time (any GET sets it) and kept: it does not change. */
    private synchronized String csrfToken() throws IOException, InterruptedException {
        if (csrf == null) {
            get("/api/v1/auth/tokens");
            csrf = cookie(CSRF_COOKIE);
            if (csrf == null) {
                throw new IOException("no " + CSRF_COOKIE + " cookie after a GET");
            }
        }
        return csrf;
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private Reply send(String method, String path, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        // a logged-in session must echo the CSRF cookie on writes, like the application's own forms
        String token = csrf;
        if (!method.equals("GET") && token != null) {
            request.header("X-CSRF-TOKEN", token);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json, */*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> reply = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(reply.statusCode(), reply.body());
    }
}
