package fr.vigie.dashboard;

import static fr.vigie.request.RequestApi.ev;
import static fr.vigie.request.RequestApi.event;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FeedResourceTest {

    private static String newFeedToken(BrowserSession session) {
        String page = session.post("/account/feeds", Map.of()).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("/feeds/(vgf_[A-Za-z0-9_-]+)/calendar.ics").matcher(page);
        assertThat(m.find()).as("the page shows the new calendar address").isTrue();
        return m.group(1);
    }

    @Test
    void calendarAndAtomFeedsParseBackAndAWrongOrRevokedSecretIsRefused() throws Exception {
        FixedClock.install("2025-03-05");
        int id = RequestApi.newRequest(RequestApi.newBody("75"));
        event(id, ev("SENT", "2025-03-03", "channel", "EMAIL")).then().statusCode(201);
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/account");
        String token = newFeedToken(editor);

        String ics = given().get("/feeds/" + token + "/calendar.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent due = calendar.getEvents().stream().filter(e -> e.getUid().getValue().startsWith("vigie-request-" + id + "-"))
                .findFirst().orElseThrow();
        // LEGAL.md example 3: received 3 March 2025, implicit refusal 3 April 2025
        LocalDate start = due.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        assertThat(start).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(due.getDateStart().getValue().hasTime()).isFalse();
        assertThat(due.getAlarms()).hasSize(2);
        assertThat(due.getSummary().getValue()).contains("refus implicite le jeudi 3 avril 2025");

        String atom = given().get("/feeds/" + token + "/events.atom").then().statusCode(200).extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).anyMatch(t -> t.startsWith("SENT — "));

        given().get("/feeds/vgf_wrong/calendar.ics").then().statusCode(404);
        given().get("/feeds/" + token.substring(0, token.length() - 1) + "x/events.atom").then().statusCode(404);
        String renewed = newFeedToken(editor);
        given().get("/feeds/" + token + "/calendar.ics").then().statusCode(404);
        given().get("/feeds/" + renewed + "/calendar.ics").then().statusCode(200);
        editor.post("/account/feeds/revoke", Map.of()).then().statusCode(303);
        given().get("/feeds/" + renewed + "/calendar.ics").then().statusCode(404);
        given().get("/feeds/" + renewed + "/events.atom").then().statusCode(404);
        assertThat(List.of(token, renewed)).doesNotHaveDuplicates();
    }
}
