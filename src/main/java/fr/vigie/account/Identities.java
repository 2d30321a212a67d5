package fr.vigie.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a user from the database row: roles always reflect the current state. */
final class Identities {

    static final String USER_ID = "vigie.userId";
    static final String SESSION_ID = "vigie.sessionId";
    static final String ADMIN_WITHHELD = "vigie.adminWithheld";

    private Identities() {
    }

    static SecurityIdentity of(AppUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(user.role.grantedRoleNames())
                .addAttribute(USER_ID, user.id)
                .build();
    }

    /**
     * The identity of a login session. Quarkus writes the principal's name into the session cookie (and again when
     * it renews the cookie), so the name carries the session id: "username|id". {@link CurrentUser} shows the username.
     * The attribute {@link #ADMIN_WITHHELD} says that administrator rights wait for a second factor (issue 18, item 7).
     */
    static SecurityIdentity ofSession(AppUser user, String sessionId, boolean adminWithheld) {
        // an administrator who must and does not use a second factor acts as an editor until they enrol
        Role role = adminWithheld ? Role.EDITOR : user.role;
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username + SessionStore.SEPARATOR + sessionId))
                .addRoles(role.grantedRoleNames())
                .addAttribute(USER_ID, user.id)
                .addAttribute(SESSION_ID, sessionId)
                .addAttribute(ADMIN_WITHHELD, adminWithheld)
                .build();
    }
}
