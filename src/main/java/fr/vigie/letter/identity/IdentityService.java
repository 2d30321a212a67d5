package fr.vigie.letter.identity;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.account.AppUser;
import fr.vigie.app.AppClock;
import fr.vigie.web.ConflictException;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.NotFoundException;

/**
 * A user's identities. Each user sees and changes only their own; exactly one of them is the default
 * whenever they have any (the first one, until another is chosen).
 */
@ApplicationScoped
public class IdentityService {

    private final AppClock clock;
    private final CurrentLocale locale;

    public IdentityService(AppClock clock, CurrentLocale locale) {
        this.clock = clock;
        this.locale = locale;
    }

    @Transactional
    public List<RequesterIdentity> list(long ownerId) {
        return RequesterIdentity.ofOwner(ownerId);
    }

    /** The user's identity {@code id}; someone else's is as missing as one that does not exist. */
    @Transactional
    public RequesterIdentity get(long ownerId, long id) {
        return find(ownerId, id).orElseThrow(() -> new NotFoundException(locale.msg().error_notfound_detail()));
    }

    @Transactional
    public Optional<RequesterIdentity> find(long ownerId, long id) {
        RequesterIdentity identity = RequesterIdentity.findById(id);
        return identity == null || !identity.owner.id.equals(ownerId) ? Optional.empty() : Optional.of(identity);
    }

    @Transactional
    public Optional<RequesterIdentity> defaultOf(long ownerId) {
        return RequesterIdentity.ofOwner(ownerId).stream().findFirst();
    }

    @Transactional
    public RequesterIdentity create(long ownerId, IdentityInput input) {
        RequesterIdentity identity = new RequesterIdentity();
        IdentityValidator.apply(checks(), msg(), input, identity);
        identity.owner = AppUser.findById(ownerId);
        identity.createdAt = clock.now();
        identity.updatedAt = identity.createdAt;
        List<RequesterIdentity> others = RequesterIdentity.ofOwner(ownerId);
        identity.isDefault = others.isEmpty() || input.wantsDefault();
        if (identity.isDefault) {
            others.forEach(o -> o.isDefault = false);
        }
        identity.persist();
        return identity;
    }

    /** Changes an identity; {@code expectedVersion} is the version the user read (null: no check). */
    @Transactional
    public RequesterIdentity update(long ownerId, long id, IdentityInput input, Long expectedVersion) {
        RequesterIdentity identity = get(ownerId, id);
        if (expectedVersion != null && expectedVersion != identity.version) {
            throw new ConflictException(msg().v_stale());
        }
        IdentityValidator.apply(checks(), msg(), input, identity);
        identity.updatedAt = clock.now();
        if (input.wantsDefault()) {
            makeDefault(ownerId, identity);
        }
        RequesterIdentity.flush();
        return identity;
    }

    @Transactional
    public void setDefault(long ownerId, long id) {
        makeDefault(ownerId, get(ownerId, id));
    }

    /** Deletes an identity no kept letter was signed with; the next one becomes the default. */
    @Transactional
    public void delete(long ownerId, long id) {
        RequesterIdentity identity = get(ownerId, id);
        if (IdentityUsage.letters(identity.id) > 0) {
            throw new ConflictException(msg().v_in_use(IdentityUsage.letters(identity.id)));
        }
        identity.delete();
        RequesterIdentity.flush();
        if (identity.isDefault) {
            RequesterIdentity.ofOwner(ownerId).stream().findFirst().ifPresent(next -> next.isDefault = true);
        }
    }

    private static void makeDefault(long ownerId, RequesterIdentity chosen) {
        RequesterIdentity.ofOwner(ownerId).forEach(o -> o.isDefault = o.id.equals(chosen.id));
        chosen.isDefault = true;
    }

    private FieldChecks checks() {
        return new FieldChecks(locale.msg());
    }

    private IdentityMsg msg() {
        return locale.bundle(IdentityMsg.class);
    }
}
