package fr.vigie.mail;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.AccessRequest;

/**
 * Finds the request a message belongs to, in order of trust: the request's reply address among the recipients,
 * a reply to a Message-ID Vigie sent, the reference in the subject. The sender's domain being a body's is only a
 * hint, shown in the inbox: a person decides.
 */
@ApplicationScoped
public class MailMatcher {

    static final Pattern SUBJECT_REFERENCE = Pattern.compile("\\[r[ée]f\\.? ?([a-z0-9]{6,32})]", Pattern.CASE_INSENSITIVE);
    /** Domains shared by many people: a sender there says nothing about a body. */
    private static final List<String> COMMON = List.of("gmail.com", "yahoo.fr", "yahoo.com", "hotmail.com", "hotmail.fr",
            "outlook.com", "outlook.fr", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmx.fr", "icloud.com");

    /** A request found, and how: ADDRESS, REPLY or SUBJECT; or only a hint. */
    public record Match(Long requestId, String reason, Long hintRequestId) {
    }

    private final MailSettings settings;
    private final MailKeys keys;

    MailMatcher(MailSettings settings, MailKeys keys) {
        this.settings = settings;
        this.keys = keys;
    }

    /**
     * Runs in the caller's transaction; {@code hints} remembers the hint of each sender domain already looked up,
     * so that a batch from one domain asks the bodies once.
     */
    public Match match(ParsedMail mail, java.util.Map<String, Long> hints) {
        for (String recipient : mail.recipients()) {
            Long request = keys.requestOf(settings.keyIn(recipient));
            if (request != null) {
                return new Match(request, "ADDRESS", null);
            }
        }
        if (!mail.references().isEmpty()) {
            MailMessage sent = MailMessage.find("direction = ?1 and requestId is not null and messageId in ?2 order by id desc", MailMessage.OUT,
                    mail.references()).firstResult();
            if (sent != null) {
                return new Match(sent.requestId, "REPLY", null);
            }
        }
        Matcher reference = SUBJECT_REFERENCE.matcher(mail.subject());
        while (reference.find()) {
            Long request = keys.requestOf(reference.group(1));
            if (request != null) {
                return new Match(request, "SUBJECT", null);
            }
        }
        String from = mail.from();
        if (from == null || from.indexOf('@') < 0) {
            return new Match(null, null, null);
        }
        String domain = from.substring(from.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (!hints.containsKey(domain)) {
            hints.put(domain, hint(domain));
        }
        return new Match(null, null, hints.get(domain));
    }

    /** The latest request to the one body whose address has the sender's domain, or null. */
    private static Long hint(String domain) {
        if (domain.isBlank() || COMMON.contains(domain)) {
            return null;
        }
        List<PublicBody> bodies = PublicBody.<PublicBody>find("lower(email) like ?1", "%@" + domain.replace("%", "").replace("_", "")).page(0, 2).list();
        if (bodies.size() != 1) {
            return null;
        }
        AccessRequest latest = AccessRequest.<AccessRequest>find("body = ?1 order by id desc", bodies.get(0)).firstResult();
        return latest == null ? null : latest.id;
    }
}
