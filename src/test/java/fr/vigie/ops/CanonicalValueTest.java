package fr.vigie.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class CanonicalValueTest {

    @Test
    void everyKindOfValueHasOneCanonicalText() {
        MessageDigest sha = TableDigests.sha256();
        Object[] row = { null, true, 42L, new BigDecimal("1.50"), new byte[] { 1, 2 },
            OffsetDateTime.parse("2025-06-04T12:00:00+02:00"), Timestamp.from(Instant.parse("2025-06-04T10:00:00Z")),
            java.sql.Date.valueOf("2025-06-04") };
        for (Object value : row) {
            CanonicalValue.update(sha, value);
        }
        // printf -- '-4:true2:424:1.502:\x01\x0220:2025-06-04T10:00:00Z20:2025-06-04T10:00:00Z10:2025-06-04' | sha256sum
        assertThat(HexFormat.of().formatHex(sha.digest()))
                .isEqualTo("624e1cdd4e29d8d15c896fcd41a8e8762ede2790ee56fa441aa89f0ce412a731");
    }

    @Test
    void theLengthPrefixKeepsNeighbouringValuesApart() {
        MessageDigest ab = TableDigests.sha256();
        CanonicalValue.update(ab, "ab");
        CanonicalValue.update(ab, "c");
        MessageDigest bc = TableDigests.sha256();
        CanonicalValue.update(bc, "a");
        CanonicalValue.update(bc, "bc");
        assertThat(ab.digest()).isNotEqualTo(bc.digest());
    }
}
