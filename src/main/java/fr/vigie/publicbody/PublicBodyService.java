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

    /** Deletes a body that nothing refers to; otherwise 409. */
    @Transactional
    public void delete(Msg msg, long id) {
        PublicBody body = get(id);
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
