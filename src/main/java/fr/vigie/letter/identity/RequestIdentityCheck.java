package fr.vigie.letter.identity;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.request.RequestIdentities;

/** A request may be made in the name of its owner's identities only. */
@ApplicationScoped
public class RequestIdentityCheck implements RequestIdentities {

    @Override
    public boolean mayUse(long identityId, long ownerId) {
        RequesterIdentity identity = RequesterIdentity.findById(identityId);
        return identity != null && identity.owner.id.equals(ownerId);
    }
}
