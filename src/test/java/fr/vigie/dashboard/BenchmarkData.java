package fr.vigie.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, realistic data set straight into an empty Vigie database (after Flyway made the schema
 * and the application created its administrator): bodies, a few editors, requests and their timelines.
 * Timelines follow a cycle of real CADA courses (silence, refusal, CADA, avis, court...) averaging ten
 * events a request; {@code BenchmarkDataTest} records every course through the API to prove each is valid.
 * The derived columns (stage, deadlines, statistics facts) are left at DRAFT and empty, and marked expired long
 * ago (as migration V8 marks the states stored before it): the application's refresh computes and stores all of them.
 */
public final class BenchmarkData {

    /** One event of a course: days after sending, type, and its one typed field if it has one. */
    record Step(int day, String type, String field, Object value) {
        static Step of(int day, String type) {
            return new Step(day, type, null, null);
        }
    }

    static final List<Step> COURT = List.of(Step.of(0, "SENT"), new Step(3, "RECEIVED", "acknowledged", true),
            Step.of(10, "CLARIFICATION_ASKED"), Step.of(14, "CLARIFICATION_GIVEN"), new Step(40, "ANSWER", "outcome", "REFUSED"),
            Step.of(45, "REASONS_ASKED"), Step.of(60, "REASONS_GIVEN"), Step.of(62, "CADA_REFERRAL_SENT"),
            new Step(66, "CADA_REGISTERED", "caseNumber", "20240001"), new Step(120, "CADA_AVIS", "avis", "FAVOURABLE"),
            new Step(140, "DECISION_AFTER_AVIS", "outcome", "REFUSED"), new Step(160, "COURT_FILED", "caseNumber", "2400001"));
    static final List<Step> JUDGED = concat(COURT, Step.of(500, "JUDGMENT"), Step.of(510, "CLOSED"));
    static final List<Step> ANSWERED = List.of(Step.of(0, "SENT"), new Step(2, "RECEIVED", "acknowledged", true),
            Step.of(8, "CLARIFICATION_ASKED"), Step.of(12, "CLARIFICATION_GIVEN"), new Step(30, "ANSWER", "outcome", "FULL"),
            Step.of(31, "DOCUMENTS_RECEIVED"), Step.of(33, "DOCUMENTS_RECEIVED"), Step.of(40, "CLOSED"));
    static final List<Step> SILENCE = List.of(Step.of(0, "SENT"), new Step(4, "RECEIVED", "acknowledged", false));
    static final List<Step> AVIS = List.of(Step.of(0, "SENT"), new Step(2, "RECEIVED", "acknowledged", true),
            new Step(20, "ANSWER", "outcome", "REFUSED"), Step.of(22, "REASONS_ASKED"), Step.of(30, "CADA_REFERRAL_SENT"),
            new Step(33, "CADA_REGISTERED", "caseNumber", "20240002"), new Step(70, "CADA_AVIS", "avis", "FAVOURABLE"));
    static final List<Step> PARTIAL = List.of(Step.of(0, "SENT"), new Step(2, "RECEIVED", "acknowledged", true),
            Step.of(5, "CLARIFICATION_ASKED"), Step.of(9, "CLARIFICATION_GIVEN"), new Step(30, "ANSWER", "outcome", "PARTIAL"),
            Step.of(31, "DOCUMENTS_RECEIVED"), Step.of(45, "CADA_REFERRAL_SENT"),
            new Step(48, "CADA_REGISTERED", "caseNumber", "20240003"), new Step(90, "CADA_AVIS", "avis", "PARTLY_FAVOURABLE"));

    /** Ten requests in a row take these courses: 100 events, ten a request on average. */
    static final List<List<Step>> CYCLE = List.of(COURT, JUDGED, JUDGED, JUDGED, ANSWERED, ANSWERED, SILENCE, AVIS,
            PARTIAL, COURT);

    private static final String[] KINDS = { "COMMUNE", "COMMUNE", "COMMUNE", "PREFECTURE", "POLICE_SERVICE",
        "GENDARMERIE", "INTERCOMMUNALITY", "MINISTRY", "DIRECTORATE", "OTHER" };
    private static final String[] CHANNELS = { "EMAIL", "ONLINE_FORM", "REGISTERED_POST", "POST" };
    public static final String TEXT = "Madame, Monsieur, en application des articles L300-1 et suivants du code des"
            + " relations entre le public et l'administration, je vous prie de bien vouloir me communiquer les documents"
            + " relatifs à l'acquisition et à l'utilisation du logiciel BriefCam : bons de commande, marchés, analyses"
            + " d'impact, registres de traitement et échanges avec la CNIL.";
    private static final int BATCH = 5_000;
    /** The eight documents of the BriefCam letter: every request asks for them (issue 15). */
    static final String[] ITEMS = { "Les bons de commande", "Les licences en cours ou passées",
        "L'analyse d'impact relative à la protection des données (AIPD)", "La fiche du registre des activités de traitement",
        "Les notes, instructions et consignes d'utilisation", "Les journaux d'utilisation", "Les échanges avec la CNIL",
        "Les délibérations et arrêtés autorisant l'usage" };

    private BenchmarkData() {
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T> head, T... tail) {
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toList();
    }

    /** Fills the database; returns the number of events written. */
    public static long generate(Connection c, int bodies, int requests, LocalDate today, long seed) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(seed);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long[] owners = owners(c, now);
        insertBodies(c, bodies, now);
        long events = insertRequests(c, bodies, requests, owners, today, now, random);
        try (Statement s = c.createStatement()) {
            // explicit ids were written: the identity continues after them
            s.execute("ALTER TABLE public_body ALTER COLUMN id RESTART WITH " + (bodies + 1));
            s.execute("ALTER TABLE access_request ALTER COLUMN id RESTART WITH " + (requests + 1));
            s.execute("ALTER TABLE request_item ALTER COLUMN id RESTART WITH " + ((long) requests * ITEMS.length + 1));
        }
        c.commit();
        return events;
    }

    /** The administrator and nine editors sharing its password hash: ten owners. */
    private static long[] owners(Connection c, OffsetDateTime now) throws SQLException {
        String hash;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT password_hash FROM app_user WHERE username = 'admin'")) {
            if (!rs.next()) {
                throw new IllegalStateException("no administrator: start the application once on this database first");
            }
            hash = rs.getString(1);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO app_user (username, username_key, password_hash, role, enabled, created_at) VALUES (?, ?, ?, 'EDITOR', TRUE, ?)")) {
            for (int i = 1; i <= 9; i++) {
                ps.setString(1, "editor" + i);
                ps.setString(2, "editor" + i);
                ps.setString(3, hash);
                ps.setObject(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM app_user ORDER BY id")) {
            List<Long> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static void insertBodies(Connection c, int bodies, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO public_body (id, name, kind, departement, address_checked,"
                + " dedup_key, search_text, created_at, updated_at, version) VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, ?, 0)")) {
            for (int id = 1; id <= bodies; id++) {
                String kind = KINDS[id % KINDS.length];
                String departement = departement(id);
                String name = kind.charAt(0) + kind.substring(1).toLowerCase().replace('_', ' ') + " n° " + id;
                ps.setLong(1, id);
                ps.setString(2, name);
                ps.setString(3, kind);
                ps.setString(4, departement);
                ps.setString(5, name.toLowerCase() + "|" + departement);
                ps.setString(6, name.toLowerCase());
                ps.setObject(7, now);
                ps.setObject(8, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Metropolitan départements 01–95 (Corsica as 2A), all with a calendar in the engine. */
    static String departement(int i) {
        int n = 1 + i % 95;
        return n == 20 ? "2A" : String.format("%02d", n);
    }

    private static long insertRequests(Connection c, int bodies, int requests, long[] owners, LocalDate today,
            OffsetDateTime now, Random random) throws SQLException {
        long events = 0;
        try (PreparedStatement request = c.prepareStatement("INSERT INTO access_request (id, title, body_text, regime,"
                + " public_body_id, owner_id, visibility, public_key, tags, channel, stage, receipt_estimated, state_expires_on,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, 'FR_CRPA', ?, ?, ?, ?, ?, ?, 'DRAFT', FALSE, DATE '1900-01-01', ?, ?, 0)");
                PreparedStatement event = c.prepareStatement("INSERT INTO request_event (request_id, type, event_date, channel,"
                        + " acknowledged, outcome, avis, case_number, deleted, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)");
                PreparedStatement item = c.prepareStatement("INSERT INTO request_item (id, request_id, item_position, label,"
                        + " outcome, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement ground = c.prepareStatement("INSERT INTO request_item_ground (item_id, ground) VALUES (?, ?)");
                PreparedStatement outcome = c.prepareStatement("UPDATE access_request SET items_outcome = ? WHERE id = ?")) {
            for (int id = 1; id <= requests; id++) {
                List<Step> course = CYCLE.get(id % CYCLE.size());
                long owner = owners[id % owners.length];
                String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                request.setLong(1, id);
                request.setString(2, "BriefCam : documents d'acquisition et d'usage (" + id + ")");
                request.setString(3, TEXT);
                request.setLong(4, 1 + random.nextInt(bodies));
                request.setLong(5, owner);
                request.setString(6, id % 4 == 0 ? "PUBLIC" : "PRIVATE");
                request.setString(7, "bench-" + id);
                request.setString(8, id % 3 == 0 ? "briefcam,cnil" : "briefcam");
                request.setString(9, channel);
                request.setObject(10, now);
                request.setObject(11, now);
                request.addBatch();
                // every event is in the past: the course ends before today, its start up to two years earlier
                LocalDate sent = today.minusDays(course.get(course.size() - 1).day() + 1 + random.nextInt(730));
                for (Step step : course) {
                    event.setLong(1, id);
                    event.setString(2, step.type());
                    event.setObject(3, sent.plusDays(step.day()));
                    event.setString(4, step.type().equals("SENT") ? channel : null);
                    if ("acknowledged".equals(step.field())) {
                        event.setBoolean(5, (Boolean) step.value());
                    } else {
                        event.setNull(5, java.sql.Types.BOOLEAN);
                    }
                    event.setString(6, "outcome".equals(step.field()) ? (String) step.value() : null);
                    event.setString(7, "avis".equals(step.field()) ? (String) step.value() : null);
                    event.setString(8, "caseNumber".equals(step.field()) ? (String) step.value() : null);
                    event.setLong(9, owner);
                    event.setObject(10, now);
                    event.addBatch();
                    events++;
                }
                insertItems(item, ground, outcome, id, course, now);
                if (id % BATCH == 0 || id == requests) {
                    request.executeBatch();
                    event.executeBatch();
                    item.executeBatch();
                    ground.executeBatch();
                    outcome.executeBatch();
                    c.commit();
                }
            }
        }
        return events;
    }

    /**
     * The request's eight items, decided as its course's answer says: a full answer gives all; a partial one gives two,
     * refuses three on L311-5 2° d and says two are not held; a refusal refuses three on that ground, the rest not held;
     * no answer leaves all pending. The request's outcome as its items give it (ItemRules.derive) is stored with them.
     */
    private static void insertItems(PreparedStatement item, PreparedStatement ground, PreparedStatement outcome, int id,
            List<Step> course, OffsetDateTime now) throws SQLException {
        String answer = course.stream().filter(s -> s.type().equals("ANSWER")).map(s -> (String) s.value()).findFirst().orElse(null);
        for (int k = 0; k < ITEMS.length; k++) {
            long itemId = (long) (id - 1) * ITEMS.length + k + 1;
            String fate = answer == null ? "PENDING"
                    : answer.equals("FULL") ? "GIVEN"
                    : k >= 2 && k <= 4 ? "REFUSED"
                    : answer.equals("PARTIAL") && k < 2 ? "GIVEN"
                    : answer.equals("PARTIAL") && k == 7 ? "PENDING" : "NOT_HELD";
            item.setLong(1, itemId);
            item.setLong(2, id);
            item.setInt(3, k);
            item.setString(4, ITEMS[k]);
            item.setString(5, fate);
            item.setObject(6, now);
            item.setObject(7, now);
            item.addBatch();
            if (fate.equals("REFUSED")) {
                ground.setLong(1, itemId);
                ground.setString(2, "CRPA_L311_5_2_D");
                ground.addBatch();
            }
        }
        if (answer != null) {
            outcome.setString(1, answer.equals("FULL") ? "FULL" : answer.equals("PARTIAL") ? "PARTIAL" : "REFUSED");
            outcome.setLong(2, id);
            outcome.addBatch();
        }
    }
}
