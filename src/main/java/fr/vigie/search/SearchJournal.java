package fr.vigie.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import fr.vigie.app.AppClock;
import fr.vigie.mail.MailChanged;
import fr.vigie.publicbody.BodyChanged;
import fr.vigie.request.RequestChanged;
import fr.vigie.search.index.Journal;

/**
 * Writes a journal row in the transaction of every change to a request (or to its mail, or to a body its requests
 * name): the change and its row commit or roll back together, and every instance's follower finds the row and
 * re-indexes the request. Nothing else is done here, so indexing can never make a user's write fail or wait.
 */
@ApplicationScoped
public class SearchJournal {

    private final EntityManager em;
    private final AppClock clock;

    SearchJournal(EntityManager em, AppClock clock) {
        this.em = em;
        this.clock = clock;
    }

    void requestChanged(@Observes RequestChanged change) {
        append(Journal.REQUEST, change.requestId());
    }

    void mailChanged(@Observes MailChanged change) {
        append(Journal.REQUEST, change.requestId());
    }

    void bodyChanged(@Observes BodyChanged change) {
        append(Journal.BODY, change.bodyId());
    }

    private void append(String kind, long refId) {
        // COMMIT: the row depends on nothing pending, and a native query's automatic flush of the whole session, once
        // per request of a 500-request refresh batch, made the first refresh of 100,000 requests quadratic
        em.createNativeQuery(Journal.INSERT_SQL).setFlushMode(FlushModeType.COMMIT).setParameter(1, kind).setParameter(2, refId)
                .setParameter(3, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC)).executeUpdate();
    }
}
