package fr.vigie.web;

import java.util.Arrays;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Reads an exception's cause chain: transactions wrap the database's answer several levels deep. */
final class Causes {

    /** SQL states of a foreign key refusal: PostgreSQL (and H2) 23503, H2's "parent missing" 23506. */
    private static final java.util.Set<String> FOREIGN_KEY_STATES = java.util.Set.of("23503", "23506");

    private Causes() {
    }

    /** An I/O failure raised while RESTEasy read the request's form or multipart body, before any resource ran. */
    static boolean isReadingRequestBody(Throwable e) {
        return Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                        || frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler"));
    }

    /**
     * RESTEasy's form reader stops at 1,000 fields or parts with a bare RuntimeException ("Param limit of 1000 was
     * exceeded"): the client sent too much, it is not a failure of ours.
     */
    static boolean isTooManyFormFields(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("Param limit of") && Arrays.stream(t.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart."))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row referred to was deleted meanwhile, or a row being deleted is referred to by a write not yet committed when
     * this one read (issue 18, item 19): the database's foreign key refused it at flush or commit.
     */
    static boolean isReferenceChanged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY
                    || t instanceof java.sql.SQLException q && FOREIGN_KEY_STATES.contains(q.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Someone else changed (or created) the same row between our read and our write. */
    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof ConstraintViolationException c && c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
