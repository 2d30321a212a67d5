package fr.vigie.web;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Reads an exception's cause chain: transactions wrap the database's answer several levels deep. */
final class Causes {

    private Causes() {
    }

    /** An I/O failure raised while RESTEasy read the request's form or multipart body, before any resource ran. */
    static boolean isReadingRequestBody(Throwable e) {
        return java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                        || frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler"));
    }

    /** Someone else changed (or created) the same row between our read and our write. */
    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException c && c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
