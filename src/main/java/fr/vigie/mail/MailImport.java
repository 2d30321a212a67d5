package fr.vigie.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.Refusal;

/** Past correspondence brought in by hand: one .eml, or an mbox file, through the same keep-then-file pipeline. */
@ApplicationScoped
public class MailImport {

    public static final int MAX_MESSAGES = 1000;

    private final MailIntake intake;

    MailImport(MailIntake intake) {
        this.intake = intake;
    }

    /** Keeps and files each message; returns the ids of the new ones (a message already kept is skipped). */
    public List<Long> importFile(byte[] content) {
        List<byte[]> messages = split(content);
        if (messages.size() > MAX_MESSAGES) {
            throw Refusal.invalid("file", MailCode.TOO_MANY_MESSAGES, MAX_MESSAGES);
        }
        List<Long> ids = new ArrayList<>();
        for (byte[] raw : messages) {
            Long id = intake.keep(MailIntake.Source.imported(), raw, null);
            if (id != null) {
                intake.process(id);
                ids.add(id);
            }
        }
        return ids;
    }

    /** An mbox starts with "From "; anything else must at least look like a message (a header line). */
    static List<byte[]> split(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 2000), StandardCharsets.ISO_8859_1);
        if (head.startsWith("From ")) {
            String all = new String(content, StandardCharsets.ISO_8859_1);
            List<byte[]> out = new ArrayList<>();
            for (String part : all.split("(?m)^From .*\\r?\\n")) {
                if (!part.isBlank()) {
                    // mboxrd: ">From " lines were escaped on the way in
                    out.add(part.replaceAll("(?m)^>(>*From )", "$1").getBytes(StandardCharsets.ISO_8859_1));
                }
                if (out.size() > MAX_MESSAGES) {
                    break;
                }
            }
            return out;
        }
        if (content.length == 0 || !head.matches("(?s)[!-9;-~]{1,76}:.*") || Arrays.equals(content, new byte[content.length])) {
            throw Refusal.invalid("file", MailCode.NOT_MAIL);
        }
        return List.of(content);
    }
}
