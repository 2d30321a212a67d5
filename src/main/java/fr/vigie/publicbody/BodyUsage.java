package fr.vigie.publicbody;

/**
 * Something elsewhere in Vigie that refers to public bodies (requests, transfers...). The directory asks
 * every implementation before deleting a body, without depending on those features.
 */
public interface BodyUsage {

    /** How many things refer to the body. */
    long countUses(long bodyId);
}
