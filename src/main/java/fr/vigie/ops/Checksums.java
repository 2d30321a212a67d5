package fr.vigie.ops;

import java.util.List;

/**
 * What GET /api/v1/admin/checksums answers: every table's checksum, read in one transaction, and the
 * documents whose bytes contradict their recorded SHA-256. Two databases hold the same content when their
 * {@code tables} are equal; {@code documentProblems} must be empty.
 */
public record Checksums(String database, List<TableChecksum> tables, long documentsChecked,
        List<DocumentProblem> documentProblems) {
}
