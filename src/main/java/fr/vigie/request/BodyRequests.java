package fr.vigie.request;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/** The requests sent to a body, for its page ({inject:bodyRequests.of(id)}): the directory need not know requests. */
@Named("bodyRequests")
@RequestScoped
public class BodyRequests {

    private static final int SHOWN = 100;

    @Transactional
    public List<AccessRequest> of(long bodyId) {
        return AccessRequest.<AccessRequest>find("body.id = ?1 order by createdAt desc", bodyId).page(0, SHOWN).list();
    }
}
