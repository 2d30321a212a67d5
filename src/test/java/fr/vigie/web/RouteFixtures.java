package fr.vigie.web;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import fr.vigie.account.AppUser;
import fr.vigie.account.FeedTokenService;
import fr.vigie.account.LoginThrottle;
import fr.vigie.account.Role;
import fr.vigie.account.TokenService;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestApi;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import fr.vigie.web.RawHttp.Answer;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The records the routes of {@link RouteCatalog} refer to: made once for all calls, or for one call. */
final class RouteFixtures {

    private static Map<String, Object> shared;

    private RouteFixtures() {
    }

    /** The records every call may refer to, made once. */
    static synchronized Map<String, Object> shared() {
        if (shared == null) {
            TestAccounts.ensure();
            int body = RequestApi.newBody("75");
            int request = RequestApi.newRequest(body);
            int event = sentEvent(request);
            Map<String, Object> publicRequest = RequestApi.request(body);
            publicRequest.put("visibility", "PUBLIC");
            String publicPath = RequestApi.asEditor().body(publicRequest).post("/api/v1/requests").then()
                    .statusCode(201).extract().path("publicPath");
            int doc = given().header("Authorization", "Bearer " + RouteClient.token(RouteCatalog.Role.EDITOR))
                    .cookie("vigie-csrf", RouteClient.apiCsrf()).header("X-CSRF-TOKEN", RouteClient.apiCsrf()).contentType("multipart/form-data")
                    .multiPart("file", "avis.pdf", TestFiles.pdf("avis"), "application/pdf")
                    .post("/api/v1/requests/" + request + "/documents").then().statusCode(201).extract().path("id");
            TestAccounts.ensure("route-user", Role.VIEWER);
            TestAccounts.ensure("route-login", Role.VIEWER);
            TestAccounts.ensure("route-feeds", Role.VIEWER);
            String feed = newFeedSecret("route-feeds");
            Map<String, Object> all = new java.util.HashMap<>(Map.of("body", body, "request", request, "event", event, "doc", doc,
                    "publicKey", publicPath.substring("/p/".length()), "user", userId("route-user"),
                    "loginUser", "route-login", "feed", feed, "language", "fr"));
            // letters: the editor signs with an identity; one kept letter to read
            createdAs(TestAccounts.EDITOR, "/api/v1/identities", identity());
            all.put("letterKind", "CADA_REFERRAL");
            all.put("letter", keptLetter(request));
            all.put("item", item(request));
            shared = Map.copyOf(all);
        }
        return shared;
    }

    private static int sentEvent(int request) {
        return created("/api/v1/requests/" + request + "/events", RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL"));
    }

    /** The request's list of documents asked for made of one item; its id. */
    private static int item(int request) {
        long version = QuarkusTransaction.requiringNew().call(() -> AccessRequest.<AccessRequest>findById((long) request).version);
        Answer answer = RawHttp.exchange("PUT", "/api/v1/requests/" + request + "/items", Map.of("Authorization",
                "Bearer " + RouteClient.token(RouteCatalog.Role.EDITOR), "Content-Type", "application/json"),
                RouteClient.json(Map.of("version", version, "items", List.of(Map.of("label", "Le contrat")))), -1);
        if (answer.status() != 200) {
            throw new IllegalStateException("PUT items → " + answer.status() + " " + answer.body());
        }
        return answer.json().path("items").path(0).path("id").asInt();
    }

    static Map<String, Object> identity() {
        return Map.of("kind", "PERSON", "label", "Moi " + UUID.randomUUID().toString().substring(0, 6), "civility", "MADAME",
                "firstName", "Marie", "lastName", "Dupont", "addressLines", "12 rue des Lilas", "postalCode", "75011",
                "city", "Paris", "email", "marie.dupont@example.org");
    }

    private static int keptLetter(int request) {
        return created("/api/v1/requests/" + request + "/letters", Map.of("kind", "REMINDER", "text",
                "Objet : relance\n\nMadame, Monsieur, je vous relance.\n\nMarie Dupont"));
    }

    /** POSTs a record as {@code username} (one of the roles' users). */
    private static int createdAs(String username, String path, Map<String, Object> record) {
        RouteCatalog.Role role = java.util.Arrays.stream(RouteCatalog.Role.values())
                .filter(r -> username.equals(r.username)).findFirst().orElseThrow();
        Answer answer = RawHttp.exchange("POST", path, Map.of("Authorization", "Bearer " + RouteClient.token(role),
                "Content-Type", "application/json"), RouteClient.json(record), -1);
        if (answer.status() != 201) {
            throw new IllegalStateException("POST " + path + " → " + answer.status() + " " + answer.body());
        }
        return answer.json().path("id").asInt();
    }

    /** POSTs a record as the editor, straight over a socket (many are made: RestAssured would be slower). */
    private static int created(String path, Map<String, Object> record) {
        Answer answer = RawHttp.exchange("POST", path, Map.of("Authorization", "Bearer " + RouteClient.token(RouteCatalog.Role.EDITOR),
                "Content-Type", "application/json"), RouteClient.json(record), -1);
        if (answer.status() != 201) {
            throw new IllegalStateException("POST " + path + " → " + answer.status() + " " + answer.body());
        }
        return answer.json().path("id").asInt();
    }

    /**
     * Forgets the attempts the throttle counts for the address and the
     * login fixture's account, so hostile logins never slow down the tests that follow.
     */
    static void forgiveFailedLogins() {
        LoginThrottle throttle = Arc.container().instance(LoginThrottle.class).get();
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
            throttle.forget((String) shared().get("loginUser"), address);
        }
    }

    /** A new secret address for the user's feeds (the former one stops working). */
    static String newFeedSecret(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(FeedTokenService.class).get()
                .renew(userId(username)));
    }

    static long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow().id);
    }

    /** A record made for one call (or a value computed for it): see the placeholders of {@link RouteCatalog}. */
    static Object make(String name, Function<String, Object> fixture, String ownUser) {
        return switch (name) {
            case "unique" -> UUID.randomUUID().toString().substring(0, 8);
            case "fresh.body" -> created("/api/v1/bodies", Map.of("name", "Organisme " + UUID.randomUUID(), "kind", "OTHER"));
            case "fresh.request" -> created("/api/v1/requests", RequestApi.request((Integer) fixture.apply("body")));
            case "fresh.event" -> sentEvent((Integer) fixture.apply("fresh.request"));
            case "own.token" -> QuarkusTransaction.requiringNew().call(() -> Arc.container()
                    .instance(TokenService.class).get().create(userId(ownUser), "matrix").id());
            case "own.password" -> TestAccounts.passwordOf(ownUser);
            case "own.identity" -> createdAs(ownUser, "/api/v1/identities", identity());
            case "fresh.letter" -> keptLetter((Integer) fixture.apply("request"));
            case "fresh.mailOut" -> MailFixtures.failedOutgoing((Integer) fixture.apply("request"));
            case "fresh.mailIn" -> MailFixtures.incoming(null);
            // on a request of its own, already sent, so that confirming its receipt is accepted
            case "fresh.mailMatched" -> fixture.apply("fresh.event") == null ? null
                    : MailFixtures.incoming((Integer) fixture.apply("fresh.request"));
            case "request.version" -> QuarkusTransaction.requiringNew().call(() -> AccessRequest.<AccessRequest>findById(
                    ((Integer) fixture.apply("request")).longValue()).version);
            // campaigns (fr.vigie.campaign): one with a request to the shared body, made for the call
            case "campaign" -> created("/api/v1/campaigns", Map.of("name", "Campagne " + UUID.randomUUID(), "regime", "FR_CRPA",
                    "text", "Je demande à {{organisme}} les bons de commande.", "bodyIds", List.of(fixture.apply("body"))));
            case "fresh.body.name" -> {
                String bodyName = "Organisme " + UUID.randomUUID();
                created("/api/v1/bodies", Map.of("name", bodyName, "kind", "OTHER"));
                yield bodyName;
            }
            case "campaign.request" -> QuarkusTransaction.requiringNew().call(() -> fr.vigie.campaign.CampaignMember
                    .<fr.vigie.campaign.CampaignMember>find("campaignId", ((Integer) fixture.apply("campaign")).longValue())
                    .firstResult().requestId.intValue());
            case "importJob" -> {
                fr.vigie.publicbody.BodyImportJobs.Job job = Arc.container().instance(fr.vigie.publicbody.BodyImportJobs.class).get()
                        .start(io.quarkus.qute.i18n.MessageBundles.get(Msg.class), (RouteCatalog.CSV_HEADER + "Mairie "
                                + UUID.randomUUID() + ",COMMUNE,69\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                job.await(java.time.Duration.ofSeconds(30));
                yield job.id();
            }
            // reminders (fr.vigie.mail): one of the caller's own, and a user's unsubscribe link
            case "own.reminder" -> MailFixtures.reminder(userId(ownUser), (Integer) fixture.apply("request"));
            case "unsubscribe" -> MailFixtures.unsubscribeToken(userId(TestAccounts.VIEWER));
            default -> throw new IllegalArgumentException("no fixture {" + name + "}");
        };
    }
}
