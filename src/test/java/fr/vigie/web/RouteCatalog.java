package fr.vigie.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;

/**
 * Every route of the application, what it needs, what a permitted caller gets for a valid call, and the
 * fields it reads (with a valid value for each, or null when the field may be left out). The access
 * matrix and the hostile-input suite are both driven by this list, and {@link #declaredRoutes()} lists
 * the routes the code declares so that a new endpoint without a row here fails the build.
 *
 * <p>Values may hold placeholders resolved at call time by {@link RouteClient}: {@code {body}},
 * {@code {request}}, {@code {event}}, {@code {doc}}, {@code {user}}, {@code {feed}}, {@code {publicKey}},
 * {@code {loginUser}}, {@code {language}}, {@code {item}} (shared fixtures), {@code {fresh.body}}, {@code {fresh.request}}, {@code {fresh.event}}
 * (made for the call, for routes that delete or add; a refused call leaves them to the next), {@code {own.token}}, {@code {own.password}} (of the
 * caller), {@code {request.version}}, {@code {importJob}} (a finished body import) and {@code {unique}} (a random word).
 */
final class RouteCatalog {

    /** What a route requires. A role may call it when its level is at least the route's. */
    enum Need { PUBLIC, VIEWER, EDITOR, ADMIN }

    enum Role {
        ANONYMOUS(null), VIEWER(TestAccounts.VIEWER), EDITOR(TestAccounts.EDITOR), ADMIN(TestAccounts.ADMIN);

        final String username;

        Role(String username) {
            this.username = username;
        }

        boolean may(Need need) {
            return ordinal() >= need.ordinal();
        }

        /** The least role that may call a route needing {@code need}. */
        static Role least(Need need) {
            return values()[need.ordinal()];
        }
    }

    /** How a route takes its fields. */
    enum Input { QUERY, FORM, JSON, MULTIPART }

    /** A file part of a multipart body. */
    record FilePart(String fileName, byte[] content, String contentType) {
        @Override
        public String toString() {
            return "file " + fileName;
        }
    }

    /** Routes that are not JAX-RS resource methods but forms of the application all the same. */
    static final Set<String> NOT_JAXRS = Set.of("POST /j_security_check");

    static final String CSV_HEADER = "name,kind,departement\n";

    record Route(String method, String path, Need need, int allowed, Input input, Map<String, Object> fields,
            Integer anonymous) {

        String key() {
            return method + " " + path;
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        boolean writes() {
            return !method.equals("GET");
        }

        /** The exact status {@code role} gets for a valid call. */
        int expected(Role role) {
            if (role.may(need)) {
                return allowed;
            }
            if (role == Role.ANONYMOUS) {
                return anonymous != null ? anonymous : api() ? 401 : 303;
            }
            return 403;
        }

        Route anonymousGets(int status) {
            return new Route(method, path, need, allowed, input, fields, status);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static Route route(String method, String path, Need need, int allowed, Object... fields) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put((String) fields[i], fields[i + 1]);
        }
        Input input = method.equals("GET") || method.equals("DELETE") ? Input.QUERY
                : map.values().stream().anyMatch(FilePart.class::isInstance) ? Input.MULTIPART
                : path.startsWith("/api/") ? Input.JSON : Input.FORM;
        return new Route(method, path, need, allowed, input, Collections.unmodifiableMap(map), null);
    }

    private static Route get(String path, Need need, Object... query) {
        return route("GET", path, need, 200, query);
    }

    private static Object[] dashboardFilters(Object... more) {
        Object[] filters = { "owner", null, "mine", null, "bodyId", null, "bodyKind", null, "departement", null,
            "regime", null, "tag", null, "within", null };
        return Stream.concat(Arrays.stream(filters), Arrays.stream(more)).toArray();
    }

    private static Object[] searchFilters(Object... more) {
        Object[] filters = { "type", null, "bodyId", null, "bodyKind", null, "departement", null, "regime", null,
            "stage", null, "tag", null, "owner", null, "campaignId", null, "from", null, "to", null, "sort", null };
        return Stream.concat(Arrays.stream(more), Arrays.stream(filters)).toArray();
    }

    private static Object[] bodyForm(Object... more) {
        Object[] fields = { "name", "Organisme {unique}", "shortName", null, "kind", "OTHER", "departement", "75",
            "postalAddress", null, "email", null, "prada", null, "website", null, "parentId", null, "notes", null,
            "addressChecked", null };
        return Stream.concat(Arrays.stream(more), Arrays.stream(fields)).toArray();
    }

    private static Object[] requestForm(Object bodyId, Object tags, Object... more) {
        Object[] fields = { "title", "Demande {unique}", "text", "Je demande les bons de commande.", "regime",
            "FR_CRPA", "bodyId", bodyId, "channel", "EMAIL", "visibility", "PRIVATE", "tags", tags,
            "bodyReference", null, "requesterResidence", "OVERSEAS" };
        return Stream.concat(Arrays.stream(more), Arrays.stream(fields)).toArray();
    }

    private static Object[] eventFields(Object... more) {
        Object[] fields = { "type", "SENT", "date", "2025-03-03", "note", null, "channel", "EMAIL", "acknowledged",
            null, "toBodyId", null, "outcome", null, "avis", null, "caseNumber", null };
        return Stream.concat(Arrays.stream(more), Arrays.stream(fields)).toArray();
    }

    private static Object[] identityForm(Object... more) {
        Object[] fields = { "kind", "PERSON", "label", "Moi {unique}", "civility", "MADAME", "firstName", "Marie",
            "lastName", "Dupont", "organisation", null, "representedBy", null, "representedAs", null,
            "addressLines", "12 rue des Lilas", "postalCode", "75011", "city", "Paris", "country", null,
            "email", "marie.dupont@example.org", "phone", null, "isDefault", null };
        return Stream.concat(Arrays.stream(more), Arrays.stream(fields)).toArray();
    }

    private static Object[] keepFields() {
        return new Object[] { "kind", "REMINDER", "text", "Objet : relance\n\nMadame, Monsieur, je vous relance.",
            "identityId", null, "channel", null, "sentOn", null };
    }

    private static Object[] campaignFields(Object... more) {
        Object[] fields = { "name", "Campagne {unique}", "description", null, "regime", "FR_CRPA",
            "text", "Je demande les bons de commande (les champs de fusion ressembleraient à des paramètres).", "tags", List.of("briefcam") };
        Map<String, Object> merged = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            merged.put((String) fields[i], fields[i + 1]);
        }
        for (int i = 0; i < more.length; i += 2) {
            merged.put((String) more[i], more[i + 1]);
        }
        return merged.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray();
    }

    private static FilePart pdf() {
        return new FilePart("bon-de-commande.pdf", TestFiles.pdf("BriefCam"), "application/pdf");
    }

    private static FilePart csv() {
        return new FilePart("organismes.csv", (CSV_HEADER + "Mairie {unique},COMMUNE,69\n").getBytes(), "text/csv");
    }

    private static final Need PUBLIC = Need.PUBLIC;
    private static final Need VIEWER = Need.VIEWER;
    private static final Need EDITOR = Need.EDITOR;
    private static final Need ADMIN = Need.ADMIN;

    static final List<Route> ROUTES = List.of(
            // account
            get("/login", PUBLIC, "error", null, "restart", null),
            route("POST", "/j_security_check", PUBLIC, 302, "j_username", "{loginUser}", "j_password", TestAccounts.PASSWORD,
                    "code", null),
            route("POST", "/logout", VIEWER, 303),
            get("/account", VIEWER, "changed", null),
            route("POST", "/account/password", VIEWER, 303, "current", "{own.password}", "password", "{own.password}",
                    "confirmation", "{own.password}"),
            route("POST", "/account/tokens", VIEWER, 200, "label", "Jeton {unique}"),
            route("POST", "/account/tokens/{own.token}/revoke", VIEWER, 303),
            route("POST", "/account/feeds", VIEWER, 200),
            route("POST", "/account/feeds/revoke", VIEWER, 303),
            get("/admin/users", ADMIN),
            route("POST", "/admin/users", ADMIN, 303, "username", "user-{unique}", "password", TestAccounts.PASSWORD,
                    "role", "VIEWER"),
            route("POST", "/admin/users/{user}/role", ADMIN, 303, "role", "VIEWER"),
            route("POST", "/admin/users/{user}/enabled", ADMIN, 303, "enabled", "true"),
            route("POST", "/api/v1/auth/tokens", PUBLIC, 201, "username", "{loginUser}", "password",
                    TestAccounts.PASSWORD, "label", "Jeton {unique}", "code", null),
            get("/api/v1/auth/tokens", VIEWER),
            route("DELETE", "/api/v1/auth/tokens/{own.token}", VIEWER, 204),
            route("GET", "/lang/{language}", PUBLIC, 303, "back", "/calculator"),
            // calculator
            get("/calculator", PUBLIC, "regime", "FR_CRPA", "territory", "75", "acknowledged", null,
                    "REQUEST_RECEIVED", "2025-03-03", "EXPRESS_REFUSAL", null, "requesterResidence", null, "noRemedies", null),
            route("POST", "/api/v1/deadlines/preview", PUBLIC, 200, "regime", "FR_CRPA", "territory", "75",
                    "acknowledged", null, "requesterResidence", null,
                    "events", List.of(Map.of("type", "REQUEST_RECEIVED", "date", "2025-03-03"))),
            // dashboard
            get("/", VIEWER, dashboardFilters()),
            get("/dashboard/export.csv", VIEWER, dashboardFilters("list", null)),
            get("/statistics", VIEWER, "sort", null),
            get("/feeds/{feed}/calendar.ics", PUBLIC),
            get("/feeds/{feed}/events.atom", PUBLIC),
            get("/api/v1/dashboard", VIEWER, dashboardFilters()),
            get("/api/v1/dashboard/overdue", VIEWER, dashboardFilters("page", null, "size", null)),
            get("/api/v1/dashboard/missed", VIEWER, dashboardFilters("page", null, "size", null)),
            route("POST", "/api/v1/admin/refresh", ADMIN, 200),
            route("POST", "/api/v1/admin/refresh/expired", ADMIN, 200),
            get("/api/v1/admin/checksums", ADMIN),
            // H2 in memory (the test database) cannot be backed up to a file: an admin gets 409, never 500
            route("POST", "/api/v1/admin/backup", ADMIN, 409),
            // public bodies
            get("/bodies", VIEWER, "q", null, "kind", null, "departement", null, "page", null),
            get("/bodies/{body}", VIEWER, "saved", null),
            get("/bodies/new", EDITOR),
            route("POST", "/bodies", EDITOR, 303, bodyForm()),
            get("/bodies/{body}/edit", EDITOR),
            route("POST", "/bodies/{body}", EDITOR, 303, bodyForm("version", null)),
            route("POST", "/bodies/{fresh.body}/delete", EDITOR, 303),
            get("/bodies/import", EDITOR),
            route("POST", "/bodies/import", EDITOR, 200, "file", csv()),
            route("POST", "/bodies/import/confirm", EDITOR, 200, "csv", CSV_HEADER + "Mairie {unique},COMMUNE,69\n"),
            route("POST", "/bodies/reference", ADMIN, 200),
            get("/bodies/export.csv", VIEWER, "q", null, "kind", null, "departement", null),
            get("/api/v1/bodies", VIEWER, "q", null, "kind", null, "departement", null, "page", null, "size", null),
            get("/api/v1/bodies/{body}", VIEWER),
            route("POST", "/api/v1/bodies", EDITOR, 201, bodyForm()),
            route("PUT", "/api/v1/bodies/{body}", EDITOR, 200, bodyForm("version", null)),
            route("DELETE", "/api/v1/bodies/{fresh.body}", EDITOR, 204),
            // requests
            get("/requests", VIEWER, "q", null, "stage", null, "bodyId", null, "regime", null, "owner", null,
                    "tag", null, "sort", null, "page", null),
            get("/requests/{request}", VIEWER),
            get("/requests/new", EDITOR, "template", null, "bodyId", null),
            route("POST", "/requests", EDITOR, 303, requestForm("{body}", "briefcam, marchés")),
            get("/requests/{request}/edit", EDITOR),
            route("POST", "/requests/{request}", EDITOR, 303, requestForm("{body}", "briefcam", "version", "{request.version}")),
            get("/requests/{request}/events/new", EDITOR, "type", null),
            route("POST", "/requests/{fresh.request}/events", EDITOR, 303, eventFields("version", null, "attachments", pdf())),
            route("POST", "/requests/{fresh.request}/events/{fresh.event}/delete", EDITOR, 303),
            get("/requests/{request}/documents/{doc}", VIEWER),
            get("/p/{publicKey}", PUBLIC),
            get("/api/v1/requests", VIEWER, "q", null, "stage", null, "bodyId", null, "regime", null, "owner", null,
                    "tag", null, "sort", null, "page", null, "size", null),
            get("/api/v1/requests/{request}", VIEWER).anonymousGets(404),
            route("POST", "/api/v1/requests", EDITOR, 201, requestForm("{body}", List.of("briefcam"),
                    "cadaCaseNumber", null, "courtCaseNumber", null)),
            route("PUT", "/api/v1/requests/{request}", EDITOR, 200, requestForm("{body}", List.of("briefcam"),
                    "version", "{request.version}", "cadaCaseNumber", null, "courtCaseNumber", null)),
            route("POST", "/api/v1/requests/{fresh.request}/events", EDITOR, 201, eventFields("version", null)),
            route("PUT", "/api/v1/requests/{request}/events/{event}", EDITOR, 200, eventFields("version", null)),
            route("DELETE", "/api/v1/requests/{fresh.request}/events/{fresh.event}", EDITOR, 204, "version", null),
            get("/api/v1/requests/{request}/documents", VIEWER, "page", null, "size", null),
            route("POST", "/api/v1/requests/{request}/documents", EDITOR, 201, "file", pdf(), "eventId", null),
            get("/api/v1/requests/{request}/documents/{doc}", VIEWER),
            // identities and letters (fr.vigie.letter)
            get("/account/identities", VIEWER, "saved", null),
            get("/account/identities/new", VIEWER),
            route("POST", "/account/identities", VIEWER, 303, identityForm()),
            get("/account/identities/{own.identity}/edit", VIEWER),
            route("POST", "/account/identities/{own.identity}", VIEWER, 303, identityForm("version", null)),
            route("POST", "/account/identities/{own.identity}/default", VIEWER, 303),
            route("POST", "/account/identities/{own.identity}/delete", VIEWER, 303),
            get("/api/v1/identities", VIEWER),
            get("/api/v1/identities/{own.identity}", VIEWER),
            route("POST", "/api/v1/identities", VIEWER, 201, identityForm()),
            route("PUT", "/api/v1/identities/{own.identity}", VIEWER, 200, identityForm("version", 0)),
            route("DELETE", "/api/v1/identities/{own.identity}", VIEWER, 204),
            get("/requests/{request}/letters", VIEWER, "kept", null),
            get("/requests/{request}/letters/{letterKind}/edit", EDITOR, "identityId", null, "channel", null),
            get("/requests/{request}/letters/{letterKind}.pdf", VIEWER, "identityId", null, "channel", null),
            route("POST", "/requests/{request}/letters", EDITOR, 303, keepFields()),
            get("/requests/{request}/kept-letters/{letter}.pdf", VIEWER),
            route("POST", "/requests/{request}/kept-letters/{fresh.letter}/sent", EDITOR, 303, "date", "2025-03-10"),
            get("/requests/{request}/export.zip", VIEWER),
            get("/api/v1/requests/{request}/letters", VIEWER),
            get("/api/v1/requests/{request}/letters/{letterKind}", VIEWER, "identityId", null, "channel", null),
            get("/api/v1/requests/{request}/letters/{letterKind}.pdf", VIEWER, "identityId", null, "channel", null),
            route("POST", "/api/v1/requests/{request}/letters", EDITOR, 201, keepFields()),
            get("/api/v1/requests/{request}/kept-letters", VIEWER),
            get("/api/v1/requests/{request}/kept-letters/{letter}", VIEWER),
            get("/api/v1/requests/{request}/kept-letters/{letter}.pdf", VIEWER),
            route("POST", "/api/v1/requests/{request}/kept-letters/{fresh.letter}/sent", EDITOR, 201, "date", "2025-03-10",
                    "version", null),
            get("/api/v1/requests/{request}/export.zip", VIEWER),
            // search: open to visitors (PUBLIC requests only); documents read again by editors
            get("/search", PUBLIC, searchFilters("q", "BriefCam", "page", null)),
            get("/api/v1/search", PUBLIC, searchFilters("q", "BriefCam", "page", null, "size", null)),
            route("POST", "/api/v1/search/documents/{doc}/retry", EDITOR, 202),
            get("/search/documents", VIEWER, "status", null, "page", null, "retried", null),
            route("POST", "/search/documents/{doc}/retry", EDITOR, 303),
            get("/api/v1/admin/search", ADMIN),
            route("POST", "/api/v1/admin/search/rebuild", ADMIN, 202),
            // items (fr.vigie.request.item): the documents asked for, their fate, the legal grounds of refusals
            get("/requests/{request}/items/edit", EDITOR),
            route("POST", "/requests/{fresh.request}/items", EDITOR, 303, "version", "0", "itemId", null,
                    "label", "Contrat {unique}", "description", null),
            get("/requests/{request}/items/{item}/outcome", EDITOR),
            route("POST", "/requests/{request}/items/{item}/outcome", EDITOR, 303, "version", "{request.version}",
                    "outcome", "PENDING", "grounds", null, "eventId", null, "documentIds", null, "note", null, "avis", null,
                    "afterAvis", null),
            get("/api/v1/requests/{request}/items", VIEWER, "page", null, "size", null),
            get("/api/v1/requests/{request}/items/proposed", VIEWER),
            route("PUT", "/api/v1/requests/{fresh.request}/items", EDITOR, 200, "version", 0,
                    "items", List.of(Map.of("label", "Le contrat"))),
            route("POST", "/api/v1/requests/{request}/items/{item}/outcome", EDITOR, 200, "outcome", "PENDING", "ground", null,
                    "grounds", null, "eventId", null, "documentIds", null, "note", null, "avis", null, "afterAvis", null,
                    "version", null),
            get("/api/v1/grounds", PUBLIC, "regime", "FR_CRPA"),
            get("/statistics/grounds", VIEWER, "bodyId", null, "tag", "briefcam", "campaignId", null),
            get("/statistics/grounds/matrix.csv", VIEWER, "bodyId", null, "tag", "briefcam", "campaignId", null),
            get("/api/v1/statistics/grounds", VIEWER, "bodyId", "{body}", "tag", null, "campaignId", null, "page", null,
                    "size", null),
            // mail (fr.vigie.mail): the outbox, the inbox, a request's correspondence
            route("POST", "/api/v1/requests/{request}/messages", EDITOR, 202, "to", "mairie@commune.test", "subject",
                    "Demande {unique}", "text", "Bonjour,\nveuillez trouver ma demande.", "letterId", null),
            get("/api/v1/requests/{request}/messages", VIEWER),
            get("/api/v1/mail/outbox", VIEWER, "page", null),
            route("POST", "/api/v1/mail/outbox/{fresh.mailOut}/retry", EDITOR, 202),
            route("POST", "/api/v1/requests/{fresh.request}/messages/{fresh.mailMatched}/confirm", EDITOR, 201, "type", "RECEIVED",
                    "date", null, "note", null, "acknowledged", true),
            get("/api/v1/mail/inbox", VIEWER, "page", null),
            route("POST", "/api/v1/mail/inbox/{fresh.mailIn}/assign", EDITOR, 200, "requestId", "{request}"),
            route("POST", "/api/v1/mail/inbox/{fresh.mailIn}/discard", EDITOR, 200),
            route("POST", "/api/v1/mail/import", EDITOR, 201, "file", new FilePart("courriel.eml", MailFixtures.eml(),
                    "message/rfc822")),
            route("POST", "/api/v1/admin/mail/poll", ADMIN, 202),
            // campaigns (fr.vigie.campaign): {campaign} is made for the call, with one request to {body}
            get("/api/v1/campaigns", VIEWER, "page", null, "size", null),
            route("POST", "/api/v1/campaigns", EDITOR, 201, campaignFields("bodyIds", List.of("{fresh.body}"))),
            get("/api/v1/campaigns/{campaign}", VIEWER),
            get("/api/v1/campaigns/{campaign}/requests", VIEWER, "page", null, "size", null),
            route("POST", "/api/v1/campaigns/{campaign}/requests", EDITOR, 201, "bodyIds", List.of("{fresh.body}")),
            route("POST", "/api/v1/campaigns/{campaign}/bulk", EDITOR, 200, "action", "TAGS", "requestIds",
                    List.of("{campaign.request}"), "tags", List.of("lot"), "type", null, "date", null, "outcome", null,
                    "channel", null, "letterKind", null),
            get("/campaigns", VIEWER, "page", null),
            get("/campaigns/new", EDITOR),
            route("POST", "/campaigns", EDITOR, 303, campaignFields("tags", "briefcam, lot")),
            get("/campaigns/{campaign}", VIEWER, "created", null, "done", null, "referral", null),
            get("/campaigns/{campaign}/export.csv", VIEWER),
            get("/campaigns/{campaign}/bodies", EDITOR, "q", null, "kind", null, "departement", null, "page", null),
            route("POST", "/campaigns/{campaign}/requests", EDITOR, 303, "bodyIds", "{fresh.body}"),
            route("POST", "/campaigns/{campaign}/requests/reference", EDITOR, 303),
            route("POST", "/campaigns/{campaign}/requests/names", EDITOR, 303, "names", "{fresh.body.name}"),
            route("POST", "/campaigns/{campaign}/bulk", EDITOR, 303, "action", "TAGS", "requestIds", "{campaign.request}",
                    "tags", "lot", "type", null, "date", null, "outcome", null, "channel", null, "letterKind", null),
            get("/requests/{request}/mail", VIEWER, "queued", null, "letterId", null),
            route("POST", "/requests/{request}/mail", EDITOR, 303, "to", "mairie@commune.test", "subject", "Demande {unique}",
                    "text", "Bonjour,\nveuillez trouver ma demande.", "letterId", null),
            route("POST", "/requests/{fresh.request}/mail/{fresh.mailMatched}/confirm", EDITOR, 303, "type", "RECEIVED", "date", null,
                    "note", null, "channel", null, "acknowledged", "true", "toBodyId", null, "outcome", null, "avis", null,
                    "caseNumber", null, "remediesStated", null),
            get("/mail/outbox", VIEWER, "page", null),
            route("POST", "/mail/outbox/{fresh.mailOut}/retry", EDITOR, 303),
            get("/mail/inbox", VIEWER, "page", null, "done", null),
            route("POST", "/mail/inbox/{fresh.mailIn}/assign", EDITOR, 303, "requestId", "{request}"),
            route("POST", "/mail/inbox/{fresh.mailIn}/discard", EDITOR, 303),
            route("POST", "/mail/import", EDITOR, 303, "file", new FilePart("courriel.eml", MailFixtures.eml(), "message/rfc822")),
            // two-factor authentication (fr.vigie.account): the role accounts never turn it on (their
            // logins would need a code), so a well-formed but wrong code is the valid call: it reaches the check
            get("/account/two-factor", VIEWER),
            route("POST", "/account/two-factor/start", VIEWER, 200),
            route("POST", "/account/two-factor/confirm", VIEWER, 422, "code", "pas-un-code"),
            route("POST", "/account/two-factor/recovery-codes", VIEWER, 422, "code", "pas-un-code"),
            route("POST", "/account/two-factor/disable", VIEWER, 422, "password", "{own.password}", "code", "pas-un-code"),
            route("POST", "/admin/users/second-factor", ADMIN, 303, "required", "false"),
            // campaigns, issue 14 continued: the map's outlines, and the grouped CADA referral (303 back to the page:
            // the fixture's campaign has no refused request)
            get("/campaigns/outlines.svg", VIEWER),
            route("GET", "/campaigns/{campaign}/cada-referral.pdf", VIEWER, 303),
            // issue 18, item 20: the page that follows a body import
            get("/bodies/import/jobs/{importJob}", EDITOR),
            // reminders (fr.vigie.mail): each user's own settings and "remind me on..."; the unsubscribe link needs no login
            get("/api/v1/mail/reminders", VIEWER),
            route("PUT", "/api/v1/mail/reminders", VIEWER, 200, "email", "marie.dupont@example.org", "digest", true, "hour", 8,
                    "language", "fr"),
            route("POST", "/api/v1/mail/reminders", VIEWER, 201, "requestId", "{request}", "date", "2099-01-15", "note", null),
            route("DELETE", "/api/v1/mail/reminders/{own.reminder}", VIEWER, 204),
            get("/mail/reminders", VIEWER, "done", null),
            route("POST", "/mail/reminders", VIEWER, 303, "email", "marie.dupont@example.org", "digest", "true", "hour", "8",
                    "language", "fr"),
            route("POST", "/mail/reminders/add", VIEWER, 303, "requestId", "{request}", "date", "2099-01-15", "note", null),
            route("POST", "/mail/reminders/{own.reminder}/delete", VIEWER, 303),
            get("/mail/unsubscribe/{unsubscribe}", PUBLIC),
            route("POST", "/mail/unsubscribe/{unsubscribe}", PUBLIC, 200));

    private RouteCatalog() {
    }

    /** "GET /bodies/{}": the route with its parameters unnamed, to compare rows with the code. */
    static String shape(String key) {
        return key.replaceAll("\\{[^}]*}", "{}");
    }
}
