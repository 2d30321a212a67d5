package fr.vigie.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;

import fr.vigie.app.AppClock;
import fr.vigie.request.procedure.RequestEventType;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads kept messages and files them: MATCHED to a request, or INBOX. In batches: the raw bytes of up to
 * {@link #BATCH} messages are read in one transaction, parsed outside any transaction (parsing is the CPU work),
 * and filed in one more, the sender-domain hints looked up once per domain. When the filing transaction fails
 * (another instance filed one of them meanwhile, its version moved), each message is filed on its own: a message
 * still KEPT is filed once, one already filed is left alone.
 */
@ApplicationScoped
public class MailFiler {

    static final int BATCH = 50;
    /** A batch's raw bytes held at once, at most (a message alone may be larger, up to the size limit). */
    static final long BATCH_BYTES = 16L * 1024 * 1024;

    private final MailMatcher matcher;
    private final AppClock clock;
    private final Event<MailChanged> changed;

    MailFiler(MailMatcher matcher, AppClock clock, Event<MailChanged> changed) {
        this.matcher = matcher;
        this.clock = clock;
        this.changed = changed;
    }

    /** Files every kept message, oldest first; returns how many. */
    public int fileKept() {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> page = QuarkusTransaction.requiringNew().call(() -> MailMessage.getEntityManager().createQuery(
                    "select m.id, m.rawSize from MailMessage m where m.direction = :in and m.status = :kept and m.id > :after "
                    + "order by m.id", Object[].class).setParameter("in", MailMessage.IN).setParameter("kept", MailStatus.KEPT)
                    .setParameter("after", from).setMaxResults(500).getResultList());
            if (page.isEmpty()) {
                return done;
            }
            List<Long> batch = new ArrayList<>();
            long bytes = 0;
            for (Object[] row : page) {
                long size = row[1] == null ? 0 : ((Number) row[1]).longValue();
                if (!batch.isEmpty() && (batch.size() >= BATCH || bytes + size > BATCH_BYTES)) {
                    done += fileBatch(batch);
                    batch = new ArrayList<>();
                    bytes = 0;
                }
                batch.add((Long) row[0]);
                bytes += size;
            }
            done += fileBatch(batch);
            after = (Long) page.get(page.size() - 1)[0];
        }
    }

    private int fileBatch(List<Long> ids) {
        Map<Long, byte[]> raws = QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, byte[]> out = new LinkedHashMap<>();
            MailRaw.<MailRaw>list("mailId in ?1 order by mailId", ids).forEach(r -> out.put(r.mailId, r.content));
            return out;
        });
        Map<Long, ParsedMail> parsed = new LinkedHashMap<>();
        raws.forEach((id, raw) -> parsed.put(id, MailParser.parse(raw)));
        raws.clear();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Map<String, Long> hints = new HashMap<>();
                int done = 0;
                for (Map.Entry<Long, ParsedMail> e : parsed.entrySet()) {
                    MailMessage m = MailMessage.findById(e.getKey());
                    if (m != null && m.status == MailStatus.KEPT) {
                        fill(m, e.getValue(), hints);
                        done++;
                    }
                }
                return done;
            });
        } catch (RuntimeException e) {
            int done = 0;
            for (long id : parsed.keySet()) {
                done += file(id) ? 1 : 0;
            }
            return done;
        }
    }

    /** Reads one kept message and files it. False if another run did it first. */
    public boolean file(long id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                MailMessage m = MailMessage.findById(id);
                if (m == null || m.status != MailStatus.KEPT) {
                    return false;
                }
                MailRaw raw = MailRaw.findById(id);
                fill(m, MailParser.parse(raw.content), new HashMap<>());
                return true;
            });
        } catch (OptimisticLockException e) {
            return false; // processed by another instance meanwhile
        }
    }

    private void fill(MailMessage m, ParsedMail mail, Map<String, Long> hints) {
        m.from = cut(mail.from(), 400);
        m.to = cut(String.join(", ", mail.recipients()), 1000);
        m.subject = cut(mail.subject(), 500);
        m.text = mail.text();
        m.messageId = mail.messageId();
        m.date = mail.date() == null || mail.date().isAfter(clock.now().plusSeconds(86_400)) ? clock.now() : mail.date();
        m.replyRefs = cut(String.join(" ", mail.references()), 2000);
        m.attachmentNames = cut(String.join("\n", mail.attachments().stream().map(a -> a.name().replace('\n', ' ')).toList()), 2000);
        RequestEventType suggested = Suggestions.suggest(m.subject, m.text, mail.attachments().size());
        m.suggestedType = suggested == null ? null : suggested.name();
        m.lastError = mail.problems().isEmpty() ? null : cut(String.join("; ", mail.problems()), 500);
        MailMatcher.Match match = matcher.match(mail, hints);
        m.requestId = match.requestId();
        m.matchReason = match.reason();
        m.hintRequestId = match.hintRequestId();
        m.status = match.requestId() == null ? MailStatus.INBOX : MailStatus.MATCHED;
        if (match.requestId() != null) {
            changed.fire(new MailChanged(match.requestId())); // in the filing transaction: search follows it
        }
    }

    static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
