package fr.vigie.account;

import io.vertx.core.http.HttpServerRequest;

/** The caller's network address, the unit of the per-address login throttle. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
