package fr.vigie.publicbody;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.web.ConflictException;
import fr.vigie.app.DataVersion;
import fr.vigie.web.Msg;
import fr.vigie.web.NotFoundException;
import fr.vigie.web.Page;

/** The only writer of the directory of public bodies. */
@ApplicationScoped
public class PublicBodyService {

    /** Bodies of an import written between two flushes. */
    static final int IMPORT_BATCH = 500;

    private final AppClock clock;
    private final Instance<BodyUsage> usages;
    private final DataVersion dataVersion;
    private final jakarta.enterprise.event.Event<BodyChanged> changed;

    public PublicBodyService(AppClock clock, @Any Instance<BodyUsage> usages, DataVersion dataVersion,
            jakarta.enterprise.event.Event<BodyChanged> changed) {
        this.clock = clock;
        this.usages = usages;
        this.dataVersion = dataVersion;
        this.changed = changed;
    }

    @Transactional
    public Page<PublicBody> search(BodySearch search) {
        return search.run();
    }

    /** Every body matching the search, unpaged: for exports. */
    @Transactional
    public List<PublicBody> searchAll(BodySearch search) {
        return search.all();
    }

    @Transactional
    public PublicBody get(long id) {
        PublicBody body = PublicBody.findById(id);
        if (body == null) {
            throw new NotFoundException("public body " + id);
        }
        if (body.parent != null) {
            body.parent.name.length(); // load the parent while the session is open: pages show its name
        }
        return body;
    }

    @Transactional
    public List<PublicBody> children(long id) {
        return PublicBody.list("parent.id = ?1 order by name", id);
    }

    @Transactional
    public PublicBody create(Msg msg, BodyInput input) {
        PublicBody body = new PublicBody();
        BodyValidator.apply(msg, input, null, body);
        body.createdAt = clock.now();
        body.updatedAt = body.createdAt;
        body.persist();
        return body;
    }

    /**
     * Creates the bodies of a checked CSV import in the caller's transaction (all or none): written and flushed in
     * batches, the persistence context emptied after each so that time per row stays flat (one persistence context
     * of 20,000 bodies made each query dirty-check them all: 4.7 s for 3,000 rows, past the transaction timeout for
     * 20,000). {@code progress} hears how many are written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createImported(Msg msg, List<BodyInput> inputs, java.util.function.IntConsumer progress) {
        java.time.Instant now = clock.now();
        jakarta.persistence.EntityManager em = PublicBody.getEntityManager();
        for (int i = 0; i < inputs.size(); i++) {
            PublicBody body = new PublicBody();
            BodyValidator.applyImported(msg, inputs.get(i), body);
            body.createdAt = now;
            body.updatedAt = now;
            em.persist(body);
            if ((i + 1) % IMPORT_BATCH == 0 || i + 1 == inputs.size()) {
                em.flush();
                em.clear();
                progress.accept(i + 1);
            }
        }
    }

    /** Updates a body; {@code expectedVersion} (when given) must be the version the user edited. */
    @Transactional
    public PublicBody update(Msg msg, long id, BodyInput input, Long expectedVersion) {
        PublicBody body = get(id);
        if (expectedVersion != null && expectedVersion != body.version) {
            throw new ConflictException(msg.v_version_stale());
        }
        BodyValidator.apply(msg, input, body, body);
        body.updatedAt = clock.now();
        dataVersion.bump(); // lists show the body's name, and filter by its kind and département
        changed.fire(new BodyChanged(body.id));
        return body;
    }

    /**
     * Deletes a body that nothing refers to; otherwise 409. The row is locked first: a request being created for the
     * body holds a shared lock on it (see RequestChecks), so the count below sees that request once it commits, and a
     * creation that comes after the deletion finds no body (issue 18, item 19).
     */
    @Transactional
    public void delete(Msg msg, long id) {
        PublicBody body = PublicBody.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (body == null) {
            throw new NotFoundException("public body " + id);
        }
        long uses = usageCount(id);
        if (uses > 0) {
            throw new ConflictException(msg.v_body_in_use(uses));
        }
        body.delete();
    }

    /** How many things refer to the body: the bodies attached to it, and whatever other features report. */
    long usageCount(long id) {
        long uses = PublicBody.count("parent.id", id);
        for (BodyUsage usage : usages) {
            uses += usage.countUses(id);
        }
        return uses;
    }
}
