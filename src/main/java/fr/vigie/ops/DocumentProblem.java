package fr.vigie.ops;

/**
 * A document whose stored bytes do not match its metadata: CONTENT_MISSING (no bytes at all),
 * SHA256_MISMATCH (the bytes' SHA-256 is not the one recorded at upload) or SIZE_MISMATCH.
 */
public record DocumentProblem(long documentId, Kind problem, String expectedSha256, String actualSha256,
        long expectedSize, long actualSize) {

    public enum Kind { CONTENT_MISSING, SHA256_MISMATCH, SIZE_MISMATCH }
}
