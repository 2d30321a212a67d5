package fr.vigie.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A logged-in visitor for page tests: keeps the session and CSRF cookies like a browser does and
 * reads the CSRF token from the forms it is shown.
 */
public final class BrowserSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    private BrowserSession() {
    }

    public static BrowserSession anonymous() {
        return new BrowserSession();
    }

    /** A browser holding these cookies (after a login made by hand, in two steps for instance). */
    public static BrowserSession withCookies(Map<String, String> cookies) {
        BrowserSession session = new BrowserSession();
        session.cookies.putAll(cookies);
        return session;
    }

    public static BrowserSession login(String username) {
        TestAccounts.ensure();
        BrowserSession session = new BrowserSession();
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", TestAccounts.passwordOf(username))
                .post("/j_security_check");
        assertThat(response.statusCode()).as("login of " + username).isBetween(302, 303);
        assertThat(response.header("Location")).doesNotContain("error");
        session.cookies.putAll(response.cookies());
        return session;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** GET a page, remembering cookies and the CSRF token of its forms. */
    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    /** POST a form with the CSRF token, as the browser would after showing the page. */
    public Response post(String path, Map<String, ?> form) {
        if (csrf == null) {
            get(cookies.containsKey("vigie-session") ? "/account" : "/login");
        }
        Response response = request().contentType("application/x-www-form-urlencoded")
                .formParams(form).formParam("csrf-token", csrf).post(path);
        remember(response);
        return response;
    }

    /** POST a form without any CSRF token, as a forged cross-site form would. */
    public Response postWithoutCsrf(String path, Map<String, ?> form) {
        return request().contentType("application/x-www-form-urlencoded").formParams(form).post(path);
    }

    public String csrf() {
        return csrf;
    }

    /** The cookies this browser sends, as a Cookie header ("a=1; b=2"), for requests made by hand. */
    public String cookieHeader() {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private void remember(Response response) {
        cookies.putAll(response.cookies());
        Matcher m = CSRF_INPUT.matcher(response.asString());
        if (m.find()) {
            csrf = m.group(1);
        }
    }
}
