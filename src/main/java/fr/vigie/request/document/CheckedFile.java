package fr.vigie.request.document;

/** A file that passed every check, ready to store. */
public record CheckedFile(String fileName, String contentType, byte[] bytes, String sha256) {
}
