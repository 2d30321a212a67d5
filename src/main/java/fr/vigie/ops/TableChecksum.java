package fr.vigie.ops;

/** One table's row count and the SHA-256 (hex) of its rows in primary-key order. */
public record TableChecksum(String table, long rows, String sha256) {
}
