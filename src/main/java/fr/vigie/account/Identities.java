package fr.vigie.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a user from the database row: roles always reflect the current state. */
final class Identities {

    static final String USER_ID = "vigie.userId";

    private Identities() {
    }

    static SecurityIdentity of(AppUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(user.role.grantedRoleNames())
                .addAttribute(USER_ID, user.id)
                .build();
    }
}
