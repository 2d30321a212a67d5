package fr.vigie.ops;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import fr.vigie.testing.TestFiles;

/**
 * What users do, through the API: open a CADA request, record its timeline (sent, acknowledged, refused, CADA
 * referral) and attach the refusal letter to the refusal; read the dashboard, lists, requests and documents.
 * Shared by the crash and soak tests and the backup round trip, so that all of them write the same kinds of rows.
 */
final class Workload {

    private static final LocalDate SENT = LocalDate.now().minusDays(90);
    static final List<Map<String, Object>> TIMELINE = List.of(
            Map.of("type", "SENT", "date", SENT.toString(), "channel", "EMAIL"),
            Map.of("type", "RECEIVED", "date", SENT.plusDays(2).toString(), "acknowledged", true),
            Map.of("type", "ANSWER", "date", SENT.plusDays(25).toString(), "outcome", "REFUSED"),
            Map.of("type", "CADA_REFERRAL_SENT", "date", SENT.plusDays(40).toString()));
    /** The step of the refusal, to which the letter is attached. */
    static final int ANSWER = 2;

    private final ApiClient api;
    private final long bodyId;

    private Workload(ApiClient api, long bodyId) {
        this.api = api;
        this.bodyId = bodyId;
    }

    /** Creates the public body all requests are sent to. */
    static Workload prepare(ApiClient api) throws IOException, InterruptedException {
        long body = api.post("/api/v1/bodies", Map.of("name", "Préfecture du Gard " + System.nanoTime(), "kind",
                "PREFECTURE", "departement", "30")).orThrow().json().get("id").asLong();
        return new Workload(api, body);
    }

    ApiClient.Reply createRequest() throws IOException, InterruptedException {
        return api.post("/api/v1/requests", Map.of("title", "BriefCam : bons de commande " + System.nanoTime(),
                "text", "Je vous prie de me communiquer les bons de commande du logiciel BriefCam.", "regime", "FR_CRPA",
                "bodyId", bodyId, "channel", "EMAIL", "visibility", "PRIVATE"));
    }

    ApiClient.Reply addEvent(long request, int step) throws IOException, InterruptedException {
        return api.post("/api/v1/requests/" + request + "/events", TIMELINE.get(step));
    }

    ApiClient.Reply upload(long request, long answerEvent, byte[] pdf) throws IOException, InterruptedException {
        return api.upload("/api/v1/requests/" + request + "/documents", "refus.pdf", pdf,
                Map.of("eventId", Long.toString(answerEvent)));
    }

    /**
     * One request with its whole timeline and a document (up to {@code maxDocumentBytes}), each write entered in
     * the ledger as soon as it is acknowledged. Stops at the first write without reply (IOException, thrown).
     */
    void writeCase(Ledger ledger, int maxDocumentBytes) throws IOException, InterruptedException {
        long request = id(createRequest(), ledger);
        if (request < 0) {
            return;
        }
        ledger.request(request);
        long answer = -1;
        for (int step = 0; step < TIMELINE.size(); step++) {
            long event = id(addEvent(request, step), ledger);
            if (event < 0) {
                return;
            }
            ledger.event(request, event);
            answer = step == ANSWER ? event : answer;
        }
        byte[] pdf = pdf(maxDocumentBytes);
        long document = id(upload(request, answer, pdf), ledger);
        if (document >= 0) {
            String sha256 = HexFormat.of().formatHex(TableDigests.sha256().digest(pdf));
            ledger.document(document, new Ledger.Document(request, sha256, pdf.length));
        }
    }

    /** The id of a created object, or -1 (and an error reply in the ledger). */
    private static long id(ApiClient.Reply reply, Ledger ledger) {
        if (!reply.ok()) {
            ledger.errorReply();
            return -1;
        }
        return reply.json().get("id").asLong();
    }

    /** A valid PDF of 100 bytes to about {@code maxBytes}, its text random letters (PDF strings treat parentheses specially). */
    static byte[] pdf(int maxBytes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int length = random.nextInt(100, Math.max(101, maxBytes));
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return TestFiles.pdf(text.toString());
    }

    /** Whether event types are the first ones of the timeline this workload writes, in order. */
    static boolean isTimelinePrefix(List<String> types) {
        return types.size() <= TIMELINE.size()
                && types.equals(TIMELINE.subList(0, types.size()).stream().map(e -> e.get("type")).toList());
    }

    /** One of the reads users make, chosen at random: the dashboard, a page of requests, a request, a document. */
    ApiClient.Reply read(long request, long document) throws IOException, InterruptedException {
        return switch (ThreadLocalRandom.current().nextInt(4)) {
            case 0 -> api.get("/api/v1/dashboard");
            case 1 -> api.get("/api/v1/requests?sort=NEXT_ACTION&size=20");
            case 2 -> api.get("/api/v1/requests/" + request);
            default -> document < 0 ? api.get("/api/v1/requests/" + request + "/documents")
                    : api.get("/api/v1/requests/" + request + "/documents/" + document);
        };
    }

    static JsonNode items(ApiClient.Reply page) {
        return page.orThrow().json().get("items");
    }
}
