package fr.vigie.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import fr.vigie.app.AppClock;
import fr.vigie.letter.Sha256;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Incoming mail in two steps. {@link #keepAll} stores raw bytes before anything else, a batch of messages and the
 * mailbox's progress in one transaction (so a kept message is never fetched again, and nothing is marked read that
 * is not kept); {@link MailFiler} then reads and matches kept messages. A crash between the two leaves KEPT rows
 * that the next run files: once, whatever happens.
 */
@ApplicationScoped
public class MailIntake {

    private static final Logger LOG = Logger.getLogger(MailIntake.class);

    /** Where a message comes from: a mailbox and its UIDs, or an import (no UID). */
    public record Source(String mailbox, Long uidValidity, Long uid) {
        static Source imported() {
            return new Source("import", null, null);
        }
    }

    /** A message to keep: its raw bytes, or only the reason it was not read whole ({@code tooLarge}). */
    public record Incoming(Source source, byte[] raw, String tooLarge) {
    }

    private final MailFiler filer;
    private final AppClock clock;

    MailIntake(MailFiler filer, AppClock clock) {
        this.filer = filer;
        this.clock = clock;
    }

    /**
     * Keeps a message's raw bytes; returns its id, or null when it is already kept (same UID, or same bytes).
     * {@code tooLarge} keeps only what the headers say, for a person to see, with the reason.
     */
    public Long keep(Source source, byte[] raw, String tooLarge) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> keepInTransaction(List.of(new Incoming(source, raw, tooLarge))))
                    .get(0);
        } catch (PersistenceException e) {
            // another instance kept the same UID at the same moment: the unique index let one through
            LOG.debugf("message %s/%s already kept by another instance", source.mailbox(), source.uid());
            return null;
        }
    }

    /**
     * Keeps a batch in one transaction; returns how many were new. When another instance kept one of them at the
     * same moment (the unique index refuses the batch), each is kept on its own, and the index decides each.
     */
    public int keepAll(List<Incoming> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            return (int) QuarkusTransaction.requiringNew().call(() -> keepInTransaction(batch)).stream()
                    .filter(java.util.Objects::nonNull).count();
        } catch (PersistenceException e) {
            int kept = 0;
            for (Incoming in : batch) {
                kept += keep(in.source(), in.raw(), in.tooLarge()) != null ? 1 : 0;
            }
            return kept;
        }
    }

    /** The ids kept, in the batch's order; null for a message already kept (same UID, or the same bytes again). */
    private List<Long> keepInTransaction(List<Incoming> batch) {
        List<String> shas = batch.stream().map(in -> in.raw() == null ? null : Sha256.of(in.raw())).toList();
        Set<String> seenUids = keptUids(batch);
        Set<String> seenShas = keptShas(shas);
        Map<String, Incoming> highest = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        Instant now = clock.now();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            Source s = in.source();
            if (s.uid() != null && seenUids.contains(uidKey(s))) {
                ids.add(null);
                continue;
            }
            if (s.uid() != null) {
                highest.merge(s.mailbox() + "/" + s.uidValidity(), in, (a, b) -> a.source().uid() >= b.source().uid() ? a : b);
            }
            String sha = shas.get(i);
            if (sha != null && !seenShas.add(sha)) {
                ids.add(null); // the same bytes again (a mailbox whose UIDVALIDITY changed, an import repeated)
                continue;
            }
            ids.add(persist(in, sha, now));
        }
        highest.values().forEach(in -> advance(in.source()));
        return ids;
    }

    private static Long persist(Incoming in, String sha, Instant now) {
        MailMessage m = new MailMessage();
        m.direction = MailMessage.IN;
        m.status = in.tooLarge() == null ? MailStatus.KEPT : MailStatus.INBOX;
        m.mailbox = in.source().mailbox();
        m.uidValidity = in.source().uidValidity();
        m.uid = in.source().uid();
        m.rawSha256 = sha;
        m.rawSize = in.raw() == null ? null : (long) in.raw().length;
        m.lastError = in.tooLarge();
        m.subject = in.tooLarge() == null ? null : "";
        m.createdAt = now;
        m.persist();
        if (in.raw() != null) {
            MailRaw.of(m.id, in.raw()).persist();
        }
        return m.id;
    }

    /** UIDs of the batch already kept, one query (the unique index on mailbox, UIDVALIDITY, UID). */
    private static Set<String> keptUids(List<Incoming> batch) {
        Set<String> kept = new HashSet<>();
        Map<String, List<Long>> byBox = new HashMap<>();
        Map<String, Source> boxes = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            Source s = in.source();
            if (s.uid() != null) {
                byBox.computeIfAbsent(s.mailbox() + "/" + s.uidValidity(), k -> new ArrayList<>()).add(s.uid());
                boxes.putIfAbsent(s.mailbox() + "/" + s.uidValidity(), s);
            }
        }
        byBox.forEach((box, uids) -> {
            Source s = boxes.get(box);
            MailMessage.<MailMessage>list("mailbox = ?1 and uidValidity = ?2 and uid in ?3", s.mailbox(), s.uidValidity(), uids)
                    .forEach(m -> kept.add(uidKey(new Source(m.mailbox, m.uidValidity, m.uid))));
        });
        return kept;
    }

    /** SHA-256 of the batch's messages already kept, one query (indexed since V93). */
    private static Set<String> keptShas(List<String> all) {
        List<String> shas = all.stream().filter(java.util.Objects::nonNull).toList();
        if (shas.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(MailMessage.getEntityManager().createQuery("select m.rawSha256 from MailMessage m "
                + "where m.direction = :in and m.rawSha256 in :shas", String.class)
                .setParameter("in", MailMessage.IN).setParameter("shas", shas).getResultList());
    }

    private static String uidKey(Source s) {
        return s.mailbox() + "/" + s.uidValidity() + "/" + s.uid();
    }

    private static void advance(Source source) {
        MailMailbox.update("lastUid = ?1 where name = ?2 and uidValidity = ?3 and lastUid < ?1", source.uid(),
                source.mailbox(), source.uidValidity());
    }

    /** Reads and matches every kept message; returns how many. */
    public int processKept() {
        return filer.fileKept();
    }

    /** Reads a kept message and files it: MATCHED to a request, or INBOX. False if another run did it first. */
    public boolean process(long id) {
        return filer.file(id);
    }
}
