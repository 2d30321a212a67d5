package fr.vigie.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Reads the configured IMAP mailbox, read-only, by UID: every message above the last UID kept is kept raw
 * ({@link MailIntake#keepAll}, in batches), then every kept message is read and filed ({@link MailFiler}). A new UIDVALIDITY starts the mailbox
 * over; messages already kept are recognised by their bytes.
 */
@ApplicationScoped
public class MailPoller {

    private static final Logger LOG = Logger.getLogger(MailPoller.class);
    /** Messages fetched and kept together, at most. */
    static final int BATCH = 100;
    /** Their announced sizes together, at most (a larger message goes alone). */
    static final long BATCH_BYTES = 16L * 1024 * 1024;

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

    /**
     * Keeps every new message raw; returns how many. One FETCH lists the new UIDs and sizes; then, batch by batch,
     * one FETCH brings whole messages and one transaction keeps them with the mailbox's progress. Each batch opens
     * the folder anew: a folder caches the whole messages it fetched until it is closed.
     */
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
            long validity;
            List<NewMessage> fresh;
            try {
                validity = ((UIDFolder) folder).getUIDValidity();
                fresh = newMessages(folder, progress(name, validity));
            } finally {
                folder.close(false);
            }
            for (List<NewMessage> batch : batches(fresh)) {
                kept += keepBatch(store.getFolder(settings.folder()), name, validity, batch);
            }
        }
        return kept;
    }

    /** A message above the last UID kept, with the size the server announces. */
    record NewMessage(long uid, long size) {
    }

    private static List<NewMessage> newMessages(Folder folder, long last) throws MessagingException {
        UIDFolder uids = (UIDFolder) folder;
        Message[] messages = uids.getMessagesByUID(last + 1, UIDFolder.MAXUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        folder.fetch(messages, profile);
        List<NewMessage> fresh = new ArrayList<>();
        for (Message message : messages) {
            long uid = uids.getUID(message);
            if (uid > last) { // "n:*" answers the last message even when its UID is below n
                fresh.add(new NewMessage(uid, Math.max(message.getSize(), 0)));
            }
        }
        return fresh;
    }

    /** Batches of at most {@link #BATCH} messages and {@link #BATCH_BYTES} (a larger message goes alone). */
    private List<List<NewMessage>> batches(List<NewMessage> fresh) {
        List<List<NewMessage>> batches = new ArrayList<>();
        List<NewMessage> batch = new ArrayList<>();
        long bytes = 0;
        for (NewMessage m : fresh) {
            long size = m.size() > settings.maxMessageSize() ? 0 : m.size();
            if (!batch.isEmpty() && (batch.size() >= BATCH || bytes + size > BATCH_BYTES)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(m);
            bytes += size;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private int keepBatch(Folder folder, String name, long validity, List<NewMessage> batch) throws MessagingException {
        long max = settings.maxMessageSize();
        folder.open(Folder.READ_ONLY);
        try {
            UIDFolder uids = (UIDFolder) folder;
            if (uids.getUIDValidity() != validity) {
                return 0; // the mailbox was reset meanwhile: the next poll starts it over
            }
            long[] wanted = batch.stream().filter(m -> m.size() <= max).mapToLong(NewMessage::uid).toArray();
            Message[] messages = wanted.length == 0 ? new Message[0] : uids.getMessagesByUID(wanted);
            List<Message> present = new ArrayList<>();
            Map<Long, Message> byUid = new HashMap<>();
            for (Message message : messages) {
                if (message != null) { // null: expunged since the list was read
                    present.add(message);
                    byUid.put(uids.getUID(message), message);
                }
            }
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            if (!present.isEmpty()) {
                folder.fetch(present.toArray(Message[]::new), whole); // one FETCH of whole messages for the batch
            }
            List<MailIntake.Incoming> incoming = new ArrayList<>();
            for (NewMessage m : batch) {
                MailIntake.Source source = new MailIntake.Source(name, validity, m.uid());
                if (m.size() > max) {
                    incoming.add(new MailIntake.Incoming(source, null, "message too large: " + m.size() + " bytes (limit " + max + ")"));
                } else if (byUid.containsKey(m.uid())) {
                    incoming.add(new MailIntake.Incoming(source, bytes(byUid.get(m.uid()), m), null));
                }
            }
            return intake.keepAll(incoming);
        } finally {
            folder.close(false);
        }
    }

    private static byte[] bytes(Message message, NewMessage m) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(m.size(), 1024), Integer.MAX_VALUE - 8));
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("cannot read message " + m.uid(), e);
        }
        return out.toByteArray();
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
