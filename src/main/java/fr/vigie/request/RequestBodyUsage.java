package fr.vigie.request;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.publicbody.BodyUsage;

/** A body is in use while a request is addressed to it or a transfer names it. */
@ApplicationScoped
public class RequestBodyUsage implements BodyUsage {

    @Override
    public long countUses(long bodyId) {
        return AccessRequest.count("body.id", bodyId) + RequestEvent.count("toBody.id", bodyId);
    }
}
