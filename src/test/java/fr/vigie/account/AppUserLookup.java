package fr.vigie.account;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helper: a user's id by name. */
final class AppUserLookup {

    private AppUserLookup() {
    }

    static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow().id);
    }
}
