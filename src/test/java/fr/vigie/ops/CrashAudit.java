package fr.vigie.ops;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * After a restart: is every acknowledged write there, and is nothing half-written? Lost: an acknowledged request,
 * event or document that is missing (or whose bytes differ). Partial: a request whose stored stage, next action or
 * overdue date (written with each event) differs from the one recomputed from its events, a timeline that is not a
 * prefix of the one written, or a document without its bytes.
 */
final class CrashAudit {

    record Findings(long requests, long lost, long partial, List<String> details) {
    }

    private final ApiClient api;
    private final List<String> details = new ArrayList<>();
    private long lost;
    private long partial;

    private CrashAudit(ApiClient api) {
        this.api = api;
    }

    static Findings run(ApiClient api, Ledger ledger) throws IOException, InterruptedException {
        CrashAudit audit = new CrashAudit(api);
        Map<Long, JsonNode> stored = audit.storedSummaries();
        for (Map.Entry<Long, JsonNode> request : stored.entrySet()) {
            audit.checkRequest(request.getKey(), request.getValue(), ledger.eventsByRequest().get(request.getKey()));
        }
        for (Long acknowledged : ledger.eventsByRequest().keySet()) {
            if (!stored.containsKey(acknowledged)) {
                audit.lost("request " + acknowledged + " missing");
            }
        }
        for (Map.Entry<Long, Ledger.Document> document : ledger.documents().entrySet()) {
            audit.checkDocument(document.getKey(), document.getValue());
        }
        for (JsonNode problem : api.get("/api/v1/admin/checksums").orThrow().json().get("documentProblems")) {
            audit.partial("document " + problem);
        }
        return new Findings(stored.size(), audit.lost, audit.partial, audit.details);
    }

    private Map<Long, JsonNode> storedSummaries() throws IOException, InterruptedException {
        Map<Long, JsonNode> summaries = new HashMap<>();
        for (int page = 1;; page++) {
            JsonNode items = Workload.items(api.get("/api/v1/requests?sort=NEWEST&size=100&page=" + page));
            if (items.isEmpty()) {
                return summaries;
            }
            items.forEach(item -> summaries.put(item.get("id").asLong(), item));
        }
    }

    private void checkRequest(long id, JsonNode summary, Set<Long> acknowledgedEvents) throws IOException, InterruptedException {
        JsonNode detail = api.get("/api/v1/requests/" + id).orThrow().json();
        JsonNode next = detail.get("nextAction");
        if (!Objects.equals(text(summary, "stage"), text(detail, "stage"))
                || !Objects.equals(text(summary, "nextActionKey"), next.isNull() ? null : text(next, "key"))
                || !Objects.equals(text(summary, "nextActionDate"), next.isNull() ? null : text(next, "date"))
                || !Objects.equals(text(summary, "overdueSince"), text(detail, "overdueSince"))) {
            partial("request " + id + ": stored " + summary + " but its events give stage " + detail.get("stage")
                    + ", next action " + next + ", overdue since " + detail.get("overdueSince"));
        }
        List<String> types = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        detail.get("events").forEach(e -> {
            types.add(e.get("type").asText());
            present.add(e.get("id").asLong());
        });
        if (!Workload.isTimelinePrefix(types)) {
            partial("request " + id + ": timeline " + types);
        }
        if (acknowledgedEvents != null) {
            for (Long event : acknowledgedEvents) {
                if (!present.contains(event)) {
                    lost("event " + event + " of request " + id + " missing");
                }
            }
        }
    }

    private void checkDocument(long id, Ledger.Document expected) throws IOException, InterruptedException {
        ApiClient.Reply download = api.get("/api/v1/requests/" + expected.requestId() + "/documents/" + id);
        String sha256 = HexFormat.of().formatHex(TableDigests.sha256().digest(download.body()));
        if (!download.ok() || !sha256.equals(expected.sha256())) {
            lost("document " + id + ": HTTP " + download.status() + ", sha256 " + sha256);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private void lost(String detail) {
        lost++;
        details.add("LOST " + detail);
    }

    private void partial(String detail) {
        partial++;
        details.add("PARTIAL " + detail);
    }
}
