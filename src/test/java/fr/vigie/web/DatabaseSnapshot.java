package fr.vigie.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Every row of every table of the application, reduced to a count and a digest per table, so that a test
 * can prove a refused call changed nothing. Leaves out what reading legitimately touches (a token's
 * "last used" time) and the bytes of files (their SHA-256 is in request_document).
 */
record DatabaseSnapshot(Map<String, String> tables) {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        for (String table : new String[] { "app_user", "public_body", "access_request", "request_event",
            "request_event_audit", "request_deadline", "request_document", "daily_job", "requester_identity",
            "kept_letter", "letter_sending" }) {
            QUERIES.put(table, "SELECT * FROM " + table + " ORDER BY 1");
        }
        QUERIES.put("request_item", "SELECT * FROM request_item ORDER BY 1");
        QUERIES.put("request_item_ground", "SELECT item_id, ground FROM request_item_ground ORDER BY 1, 2");
        QUERIES.put("request_item_document", "SELECT item_id, document_id FROM request_item_document ORDER BY 1, 2");
        // mail: what callers create or change (not the sender's attempts, made in the background)
        QUERIES.put("mail_message", "SELECT id, direction, request_id, letter_id, mail_to, subject, "
                + "CASE WHEN direction = 'IN' THEN status END, CASE WHEN direction = 'IN' THEN event_id END FROM mail_message ORDER BY id");
        QUERIES.put("mail_request_key", "SELECT * FROM mail_request_key ORDER BY 1");
        QUERIES.put("api_token", "SELECT id, user_id, token_hash, label, created_at, revoked_at FROM api_token ORDER BY id");
        QUERIES.put("request_document_content", "SELECT document_id FROM request_document_content ORDER BY 1");
        // search: what a caller can ask for (a rebuild, a document read again); not what the background readers write
        QUERIES.put("search_journal", "SELECT id, kind, ref_id FROM search_journal WHERE kind <> 'DOCUMENT' ORDER BY id");
        // second factor: recovery codes and the administrators' setting
        QUERIES.put("recovery_code", "SELECT * FROM recovery_code ORDER BY 1");
        QUERIES.put("app_setting", "SELECT * FROM app_setting ORDER BY 1");
        QUERIES.put("search_extraction", "SELECT document_id, retries FROM search_extraction WHERE retries > 0 ORDER BY 1");
    }

    static DatabaseSnapshot take() {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                Statement s = c.createStatement()) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                tables.put(query.getKey(), digest(s.executeQuery(query.getValue())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DatabaseSnapshot(tables);
    }

    /** The tables that differ from {@code before}, with their row counts then and now. */
    Map<String, String> changesSince(DatabaseSnapshot before) {
        Map<String, String> changed = new LinkedHashMap<>();
        tables.forEach((table, now) -> {
            String then = before.tables.get(table);
            if (!Objects.equals(then, now)) {
                changed.put(table, then.split(":")[0] + " rows → " + now.split(":")[0] + " rows");
            }
        });
        return changed;
    }

    private static String digest(ResultSet rows) throws SQLException {
        try (rows) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ResultSetMetaData meta = rows.getMetaData();
            long count = 0;
            while (rows.next()) {
                count++;
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    sha.update(String.valueOf(rows.getString(i)).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return count + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
