package fr.vigie.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.vigie.account.Role;
import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Reminders to users against a real SMTP server: the daily digest at its hour, once; "remind me on..."; unsubscribing. */
@QuarkusTest
class ReminderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @RegisterExtension
    static GreenMailExtension server = MailServer.perTest();

    @Inject
    ReminderJob job;

    @Inject
    MailSender sender;

    @Test
    void theDigestGoesOnceFromTheChosenHourWithOverdueBodiesDeadlinesAndTheUsersOwn() throws Exception {
        FixedClock.install("2025-03-01");
        User user = User.fresh();
        int body = RequestApi.newBody("13");
        int waiting = user.request(body, "2025-02-03");  // the body's month ends Monday 3 March: within 7 days
        int silent = user.request(body, "2025-01-06");   // refused by silence 6 Feb: the body late since the 7th
        int referral = user.request(body, "2024-12-02"); // the CADA referral is due within 7 days: the user's own deadline
        user.api().get("/api/v1/dashboard?owner=" + user.name).then().body("overdue", equalTo(2)).body("dueWithin7Days", equalTo(2))
                .body("yoursWithin7Days", equalTo(1));
        user.settings(true, 8, "fr");

        job.run(at("2025-03-01T07:59"));
        assertThat(claimedDays(user.id)).isZero(); // before the hour
        job.run(at("2025-03-01T08:00"));
        job.run(at("2025-03-01T18:00"));
        MimeMessage digest = onlyMessageTo(user.email);
        String text = ((String) digest.getContent()).replace("\r\n", "\n");
        assertThat(digest.getSubject()).startsWith("Vigie : 2 en retard, 1 échéance(s) des organismes, 1 de vos échéances");
        assertThat(section(text, "Organismes en retard (2)")).contains("/requests/" + silent + "\n").contains("/requests/" + referral + "\n")
                .contains("23 jour(s) de retard").doesNotContain("/requests/" + waiting + "\n");
        assertThat(section(text, "Échéances des organismes dans les 7 jours (1)")).contains("/requests/" + waiting + "\n");
        assertThat(section(text, "Vos échéances dans les 7 jours")).contains("/requests/" + referral + "\n")
                .contains("Saisir la CADA");
        assertThat(digest.getHeader("List-Unsubscribe", null)).matches("<http://localhost:8080/mail/unsubscribe/[a-z0-9]{16}\\.[a-z0-9]{40}>");
        assertThat(digest.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(digest.getReplyTo()[0].toString()).isEqualTo("vigie@asso.test");
        // the notice stays out of the outbox page that every viewer reads
        RequestApi.asEditor().get("/api/v1/mail/outbox").then().body("items.to", not(hasItem(user.email)));

        // the next day, in English, two instances claim the same user's day: one wins
        user.settings(true, 8, "en");
        List<Future<Boolean>> claims = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            claims.add(pool.submit(() -> job.claimDigest(user.id, LocalDate.parse("2025-03-02"))));
        }
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += Boolean.TRUE.equals(claim.get()) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        job.run(at("2025-03-02T09:00"));
        awaitMessagesTo(user.email, 2);
        MimeMessage english = messagesTo(user.email).get(1);
        assertThat(english.getSubject()).startsWith("Vigie: 2 overdue");
        assertThat((String) english.getContent()).contains("Bodies overdue (2)").contains("Stop these e-mails");
    }

    @Test
    void noEmailWhenThereIsNothingToSay() throws Exception {
        FixedClock.install("2025-03-01");
        User user = User.fresh(); // owns no request
        user.settings(true, 0, "fr");
        job.run(at("2025-03-01T09:00"));
        assertThat(claimedDays(user.id)).isEqualTo(1);
        sender.sendDue(Instant.now().plusSeconds(3600));
        assertThat(messagesTo(user.email)).isEmpty();
    }

    @Test
    void remindMeOnADateSendsOneEmailThatDayAndThePastIsRefused() throws Exception {
        FixedClock.install("2025-03-01");
        User user = User.fresh();
        int request = user.request(RequestApi.newBody("75"), "2025-02-20");
        user.settings(false, 9, "fr");
        user.api().body(Map.of("requestId", request, "date", "2025-02-28")).post("/api/v1/mail/reminders").then().statusCode(422)
                .body("errors.field", hasItem("date"));
        user.api().body(Map.of("requestId", 999999, "date", "2025-03-05")).post("/api/v1/mail/reminders").then().statusCode(422)
                .body("errors.field", hasItem("requestId"));
        int id = user.api().body(Map.of("requestId", request, "date", "2025-03-05", "note", "Relancer la mairie"))
                .post("/api/v1/mail/reminders").then().statusCode(201).body("sent", equalTo(false)).extract().path("id");
        // another user neither sees nor deletes it
        User other = User.fresh();
        other.api().delete("/api/v1/mail/reminders/" + id).then().statusCode(404);
        other.api().get("/api/v1/mail/reminders").then().body("reminders.id", not(hasItem(id)));

        job.run(at("2025-03-04T10:00"));
        job.run(at("2025-03-05T08:59")); // the day, before the user's hour
        assertThat(messagesTo(user.email)).isEmpty();
        job.run(at("2025-03-05T09:00"));
        job.run(at("2025-03-05T09:01"));
        MimeMessage reminder = onlyMessageTo(user.email);
        assertThat(reminder.getSubject()).startsWith("Rappel : Marchés BriefCam");
        assertThat(((String) reminder.getContent()).replace("\r\n", "\n")).contains("Votre note : Relancer la mairie").contains("/requests/" + request);
        user.api().get("/api/v1/mail/reminders").then().body("reminders.id", not(hasItem(id)));
        user.api().delete("/api/v1/mail/reminders/" + id).then().statusCode(404); // sent: no longer deletable
    }

    @Test
    void theUnsubscribeLinkWorksWithoutLoginAndSaysNothingOfTheUser() throws Exception {
        FixedClock.install("2025-03-01");
        User user = User.fresh();
        int request = user.request(RequestApi.newBody("13"), "2025-01-06");
        user.settings(true, 8, "fr");
        user.api().body(Map.of("requestId", request, "date", "2025-03-10")).post("/api/v1/mail/reminders").then().statusCode(201);
        job.run(at("2025-03-01T08:30"));
        String link = onlyMessageTo(user.email).getHeader("List-Unsubscribe", null);
        String path = link.substring(link.indexOf("/mail/unsubscribe/"), link.length() - 1);
        String token = path.substring(path.lastIndexOf('/') + 1);

        BrowserSession visitor = BrowserSession.anonymous();
        String page = visitor.get(path).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain(user.email).doesNotContain(user.name);
        String wrong = token.substring(0, 17) + (token.charAt(17) == 'a' ? 'b' : 'a') + token.substring(18);
        given().get("/mail/unsubscribe/" + wrong).then().statusCode(404);
        given().get("/mail/unsubscribe/" + token.substring(0, 16)).then().statusCode(404);
        visitor.post("/mail/unsubscribe/" + wrong, Map.of()).then().statusCode(404);
        visitor.post(path, Map.of()).then().statusCode(200).body(containsString("id=\"unsubscribed\""))
                .body(not(containsString(user.email)));

        user.api().get("/api/v1/mail/reminders").then().body("settings.digest", equalTo(false)).body("reminders.size()", equalTo(0));
        job.run(at("2025-03-02T08:30"));
        job.run(at("2025-03-10T08:30"));
        sender.sendDue(Instant.now().plusSeconds(3600));
        assertThat(messagesTo(user.email)).hasSize(1);
    }

    @Test
    void theSettingsPageSavesAndARequestsMailPageAddsAReminder() {
        FixedClock.install("2025-03-01");
        User user = User.fresh();
        int request = user.request(RequestApi.newBody("75"), "2025-02-20");
        BrowserSession browser = BrowserSession.login(user.name);
        browser.get("/mail/reminders").then().statusCode(200).body(containsString("id=\"no-reminders\""));
        browser.post("/mail/reminders", Map.of("email", "pas une adresse", "digest", "true", "hour", "7", "language", "en"))
                .then().statusCode(422).body(containsString("f-email-error"));
        browser.post("/mail/reminders", Map.of("email", user.email, "digest", "true", "hour", "7", "language", "en"))
                .then().statusCode(303);
        browser.get("/mail/reminders").then().body(containsString("value=\"" + user.email + "\""))
                .body(containsString("value=\"7\" selected")).body(containsString("value=\"en\" selected"));
        assertThat(browser.get("/requests/" + request + "/mail").asString()).contains("action=\"/mail/reminders/add\"");
        browser.post("/mail/reminders/add", Map.of("requestId", String.valueOf(request), "date", "2025-02-01")).then().statusCode(422);
        browser.post("/mail/reminders/add", Map.of("requestId", String.valueOf(request), "date", "2025-03-10", "note",
                "<b>relancer</b>")).then().statusCode(303);
        String list = browser.get("/mail/reminders").asString();
        assertThat(list).contains("10 mars 2025") // the date as the page writes dates
                .contains("&lt;b&gt;relancer").doesNotContain("<b>relancer");
        String rid = list.replaceAll("(?s).*id=\"reminder-(\\d+)\".*", "$1");
        browser.post("/mail/reminders/" + rid + "/delete", Map.of()).then().statusCode(303);
        browser.get("/mail/reminders").then().body(containsString("id=\"no-reminders\""));
    }

    /** A user of these tests, with requests of their own. */
    private record User(String name, long id, String email, String bearer) {

        static User fresh() {
            String name = "rappel-" + UUID.randomUUID().toString().substring(0, 8);
            TestAccounts.ensure(name, Role.EDITOR);
            long id = QuarkusTransaction.requiringNew().call(() -> fr.vigie.account.AppUser.findByUsername(name).orElseThrow().id);
            return new User(name, id, name + "@asso.test", TestAccounts.bearer(name));
        }

        RequestSpecification api() {
            return given().header("Authorization", bearer).contentType(ContentType.JSON);
        }

        int request(int body, String sent) {
            Map<String, Object> request = RequestApi.request(body);
            request.put("channel", "EMAIL"); // received the day it is sent: the dates of the dashboard's own tests
            int id = api().body(request).post("/api/v1/requests").then().statusCode(201).extract().path("id");
            api().body(RequestApi.ev("SENT", sent)).post("/api/v1/requests/" + id + "/events").then().statusCode(201);
            return id;
        }

        void settings(boolean digest, int hour, String language) {
            api().body(Map.of("email", email, "digest", digest, "hour", hour, "language", language)).put("/api/v1/mail/reminders")
                    .then().statusCode(200).body("email", equalTo(email));
        }
    }

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private static long claimedDays(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) MailMessage.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM mail_digest_day WHERE user_id = ?1").setParameter(1, userId)
                .getSingleResult()).longValue());
    }

    /** The text between a heading and the next blank line. */
    private static String section(String text, String heading) {
        int start = text.indexOf(heading);
        assertThat(start).as("heading " + heading + " in\n" + text).isGreaterThanOrEqualTo(0);
        int end = text.indexOf("\n\n", start);
        return text.substring(start, end < 0 ? text.length() : end + 1);
    }

    private MimeMessage onlyMessageTo(String address) throws Exception {
        awaitMessagesTo(address, 1);
        sender.sendDue(Instant.now().plusSeconds(3600)); // a later run sends nothing more
        List<MimeMessage> all = messagesTo(address);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private void awaitMessagesTo(String address, int count) throws Exception {
        for (int i = 0; i < 100 && messagesTo(address).size() < count; i++) {
            Thread.sleep(100);
        }
        assertThat(messagesTo(address)).hasSizeGreaterThanOrEqualTo(count);
    }

    private static List<MimeMessage> messagesTo(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                out.add(m);
            }
        }
        return out;
    }
}
