package fr.vigie.letter.identity;

import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.Panache;

/** How many kept letters were signed with an identity, or requests made in its name: those keep it from being deleted. */
final class IdentityUsage {

    private IdentityUsage() {
    }

    static long letters(long identityId) {
        EntityManager em = Panache.getEntityManager();
        return em.createQuery("select count(l) from KeptLetter l where l.identity.id = ?1", Long.class)
                .setParameter(1, identityId).getSingleResult()
                + em.createQuery("select count(r) from AccessRequest r where r.identityId = ?1", Long.class)
                        .setParameter(1, identityId).getSingleResult();
    }
}
