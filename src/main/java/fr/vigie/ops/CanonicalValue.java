package fr.vigie.ops;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * How one column value enters a table checksum: its canonical text, prefixed by its length in bytes so
 * that ("ab","c") and ("a","bc") differ; NULL is "-" (no length can start with it). Binary values go in as
 * their raw bytes. Instants are written in UTC (2025-06-04T10:00:00Z) whatever the driver returns
 * (java.sql.Timestamp, OffsetDateTime), so that the same data gives the same text after a restore.
 *
 * <pre>
 * ('refresh-requests', DATE '2000-01-01')  →  "16:refresh-requests10:2000-01-01"
 * </pre>
 */
final class CanonicalValue {

    private CanonicalValue() {
    }

    static void update(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update((byte) '-');
            return;
        }
        byte[] bytes = value instanceof byte[] b ? b : text(value).getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    static String text(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof ZonedDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        return value.toString();
    }
}
