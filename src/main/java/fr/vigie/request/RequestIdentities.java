package fr.vigie.request;

/**
 * Which requester identities a request may be made in the name of. The identities belong to the letters; the
 * request core only keeps the chosen one's id, and asks here (a CDI bean of the letters) whether it may.
 */
public interface RequestIdentities {

    /** Whether the user {@code ownerId} may make a request in the name of identity {@code identityId}. */
    boolean mayUse(long identityId, long ownerId);
}
