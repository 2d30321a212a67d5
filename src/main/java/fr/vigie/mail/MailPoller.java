package fr.vigie.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Reads the configured IMAP mailbox, read-only, by UID: every message above the last UID kept is kept raw
 * ({@link MailIntake#keep}), then every kept message is read and filed. A new UIDVALIDITY starts the mailbox
 * over; messages already kept are recognised by their bytes.
 */
@ApplicationScoped
public class MailPoller {

    private static final Logger LOG = Logger.getLogger(MailPoller.class);

    private final MailSettings settings;
    private final MailIntake intake;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigie-mail-poller");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant lastPoll = Instant.EPOCH;

    MailPoller(MailSettings settings, MailIntake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    @Scheduled(every = "10s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (settings.canReceive() && Instant.now().isAfter(lastPoll.plus(settings.poll()))) {
            pollQuietly();
        }
    }

    /** Polls on the worker thread (an administrator's "poll now"). */
    public void pollSoon() {
        worker.execute(this::pollQuietly);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (MessagingException | RuntimeException e) {
            LOG.warnf("mailbox not read: %s", e.getMessage()); // the message never holds the password
        }
    }

    /** Keeps new messages, then files every kept one. */
    public synchronized MailJson.Polled poll() throws MessagingException {
        int kept = fetchNew();
        return new MailJson.Polled(kept, intake.processKept());
    }

    /** Keeps every new message raw; returns how many. */
    public synchronized int fetchNew() throws MessagingException {
        if (!settings.canReceive()) {
            return 0;
        }
        lastPoll = Instant.now();
        String name = settings.mailboxName();
        int kept = 0;
        try (Store store = settings.imapStore()) {
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                long last = progress(name, validity);
                Message[] messages = uids.getMessagesByUID(last + 1, UIDFolder.MAXUID);
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(FetchProfile.Item.SIZE);
                folder.fetch(messages, profile);
                for (Message message : messages) {
                    long uid = uids.getUID(message);
                    if (uid <= last) {
                        continue; // "n:*" answers the last message even when its UID is below n
                    }
                    kept += keep(new MailIntake.Source(name, validity, uid), message) ? 1 : 0;
                }
            } finally {
                folder.close(false);
            }
        }
        return kept;
    }

    private boolean keep(MailIntake.Source source, Message message) throws MessagingException {
        long size = message.getSize();
        long max = settings.maxMessageSize();
        if (size > max) {
            return intake.keep(source, null, "message too large: " + size + " bytes (limit " + max + ")") != null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024) > max ? 1024 : (int) Math.max(size, 1024));
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("cannot read message " + source.uid(), e);
        }
        return intake.keep(source, out.toByteArray(), null) != null;
    }

    /** The last UID kept in this mailbox, 0 when new or when the server's UIDVALIDITY changed. */
    private static long progress(String name, long validity) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MailMailbox box = MailMailbox.findById(name);
            if (box == null) {
                box = new MailMailbox();
                box.name = name;
                box.uidValidity = validity;
                box.lastUid = 0;
                box.persist();
            } else if (box.uidValidity != validity) {
                box.uidValidity = validity;
                box.lastUid = 0;
            }
            box.polledAt = Instant.now();
            return box.lastUid;
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
