package fr.vigie.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The version of what lists, counters and statistics show: requests, their stored state and the bodies
 * they name. Every such write moves it inside its own transaction, so a reader that sees version v sees
 * every write up to v; figures cached under v are valid while it holds, whichever instance wrote.
 */
@ApplicationScoped
public class DataVersion {

    /** The statement that moves the version, for writers that use plain JDBC (the daily refresh). */
    public static final String BUMP_SQL = "UPDATE data_version SET version = version + 1 WHERE name = 'requests'";

    private final EntityManager em;

    DataVersion(EntityManager em) {
        this.em = em;
    }

    /** Marks a change; must run in the writing transaction (the row stays locked until it commits). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        em.createNativeQuery(BUMP_SQL).executeUpdate();
    }

    public long current() {
        return ((Number) em.createNativeQuery("SELECT version FROM data_version WHERE name = 'requests'").getSingleResult())
                .longValue();
    }
}
