package fr.vigie.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Issue 18, item 13: with VIGIE_PUBLIC_URL set, redirects and the feeds' links are absolute under it. */
@QuarkusTest
@TestProfile(PublicUrlTest.PublicUrl.class)
class PublicUrlTest {

    static final String PUBLIC = "https://vigie.example.org";

    public static class PublicUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a database of its own: an in-memory H2 database left by the previous application gave
            // "Check constraint invalid" on its first insert (PostgreSQL keeps its URL: %pg comes last)
            return Map.of("vigie.public-url", PUBLIC,
                    "%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:vigie-public-url;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
    }

    @Test
    void item13_redirectsAndFeedLinksUseThePublicUrl() {
        RawHttp.Answer answer = RawHttp.exchange("GET", "/requests", Map.of("Host", "evil.example"), new byte[0], -1);
        assertThat(answer.location()).isEqualTo(PUBLIC + "/login");

        // recorded now, not on a fixed past day: the feed lists the latest events, and on a PostgreSQL database shared
        // with the whole suite a past day's event falls out of its window
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        RequestApi.event(id, RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL")).then().statusCode(201);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/account");
        String page = editor.post("/account/feeds", Map.of()).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("/feeds/(vgf_[A-Za-z0-9_-]+)/calendar.ics").matcher(page);
        assertThat(m.find()).isTrue();
        String atom = given().header("Host", "evil.example").get("/feeds/" + m.group(1) + "/events.atom").then()
                .statusCode(200).extract().asString();
        assertThat(atom).contains("href=\"" + PUBLIC + "/requests/" + id + "\"").doesNotContain("evil.example");
        String ics = given().get("/feeds/" + m.group(1) + "/calendar.ics").then().statusCode(200).extract().asString();
        assertThat(ics.replace("\r\n ", "")).contains("URL:" + PUBLIC + "/requests/" + id);
    }
}
