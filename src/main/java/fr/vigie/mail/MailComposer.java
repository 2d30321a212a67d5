package fr.vigie.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import fr.vigie.letter.KeptLetter;

/** Writes an outgoing message as MIME bytes: the exact bytes sent, and kept as the proof of sending. */
final class MailComposer {

    private MailComposer() {
    }

    static String letterFileName(KeptLetter letter) {
        return letter.kind.slug() + "-" + letter.letterDate + ".pdf";
    }

    /**
     * @param pdf the letter's PDF, or null
     * @param replyTo the request's reply address
     * @param unsubscribe for a notice to a user, the address of its unsubscribe link; null for a letter
     */
    static byte[] compose(Session session, MailMessage m, String replyTo, String pdfName, byte[] pdf, Instant date,
            String unsubscribe) {
        try {
            MimeMessage message = new FixedIdMessage(session, m.messageId);
            message.setFrom(new InternetAddress(m.from, true));
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(m.to, true));
            message.setReplyTo(new InternetAddress[] { new InternetAddress(replyTo, true) });
            message.setSubject(m.subject, "UTF-8"); // encoded word: a line break cannot reach the header (refused before anyway)
            message.setSentDate(Date.from(date));
            if (unsubscribe == null) {
                message.setHeader("Auto-Submitted", "no"); // sent on a person's click
            } else {
                message.setHeader("Auto-Submitted", "auto-generated"); // a digest or reminder the user asked for
                message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            }
            if (pdf == null) {
                message.setText(m.text, "UTF-8");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(m.text, "UTF-8");
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
                file.setFileName(pdfName);
                file.setDisposition(jakarta.mail.Part.ATTACHMENT);
                MimeMultipart mixed = new MimeMultipart("mixed");
                mixed.addBodyPart(text);
                mixed.addBodyPart(file);
                message.setContent(mixed);
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose message " + m.id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the Message-ID recorded in the outbox (Jakarta Mail would make a new one at each save). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
