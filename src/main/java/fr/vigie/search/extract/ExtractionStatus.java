package fr.vigie.search.extract;

/** How reading a document's text went. Every document is found by its name whatever its status. */
public enum ExtractionStatus {
    /** Waiting to be read. */
    PENDING,
    /** Being read by an instance. */
    RUNNING,
    /** Text read (by OCR for scans when Tesseract is installed). */
    DONE,
    /** Not read: a scan without text (no Tesseract, or OCR found nothing), or a file with no text at all. */
    NO_TEXT,
    /** Reading failed: a damaged or protected file, or the time limit; can be retried. */
    FAILED,
    /** Not read: larger than the size limit. */
    TOO_LARGE;

    /** Whether it can be asked to be read again. */
    public boolean retriable() {
        return this == NO_TEXT || this == FAILED || this == TOO_LARGE || this == DONE;
    }
}
