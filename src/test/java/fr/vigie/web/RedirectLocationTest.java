package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 18, item 13: a redirect never sends the browser to the host named in the request's Host header. */
@QuarkusTest
class RedirectLocationTest {

    private static RawHttp.Answer get(String path, Map<String, String> headers) {
        return RawHttp.exchange("GET", path, headers, new byte[0], -1);
    }

    @Test
    void item13_redirectsDoNotCopyTheHostHeader() {
        TestAccounts.ensure();
        // a page that needs a login (RESTEasy's redirect), the language switch, the form login's own redirect
        for (String path : new String[] { "/requests", "/lang/en?back=/bodies", "/account" }) {
            RawHttp.Answer answer = get(path, Map.of("Host", "evil.example"));
            assertThat(answer.status()).as(path).isBetween(300, 399);
            assertThat(answer.location()).as(path).startsWith("/").doesNotStartWith("//").doesNotContain("evil.example");
        }
        RawHttp.Answer login = RawHttp.exchange("POST", "/j_security_check", Map.of("Host", "evil.example",
                "Content-Type", "application/x-www-form-urlencoded"),
                ("j_username=" + TestAccounts.EDITOR + "&j_password=" + TestAccounts.PASSWORD).getBytes(), -1);
        if (login.location() != null) {
            assertThat(login.location()).doesNotContain("evil.example");
        }
    }
}
