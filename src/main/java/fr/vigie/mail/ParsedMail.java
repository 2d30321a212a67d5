package fr.vigie.mail;

import java.time.Instant;
import java.util.List;

/**
 * What a message says, read safely: addresses, subject and text without control characters, HTML reduced to
 * text, attachments with their sender's names (untrusted: the document rules check them), and what could not be read.
 */
public record ParsedMail(String from, List<String> recipients, String subject, Instant date, String messageId,
        List<String> references, String text, List<Attachment> attachments, List<String> problems) {

    /** A file part, named as the sender named it. */
    public record Attachment(String name, byte[] bytes) {
    }
}
