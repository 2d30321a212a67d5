package fr.vigie.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is logged in, for pages and services. Templates read it as {inject:currentUser.name}. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        if (identity.isAnonymous()) {
            return "";
        }
        String name = identity.getPrincipal().getName();
        int separator = name.indexOf(SessionStore.SEPARATOR);
        return separator < 0 ? name : name.substring(0, separator);
    }

    /** The login session of this request; null for a bearer token. */
    public String sessionId() {
        return identity.isAnonymous() ? null : identity.getAttribute(Identities.SESSION_ID);
    }

    /** The database id of the logged-in user; only call on authenticated requests. */
    public long id() {
        Long id = identity.getAttribute(Identities.USER_ID);
        if (id == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return id;
    }

    /** True when this administrator acts as an editor until they turn on a second factor (issue 18, item 7). */
    public boolean isAdminWithheld() {
        return !identity.isAnonymous() && Boolean.TRUE.equals(identity.getAttribute(Identities.ADMIN_WITHHELD));
    }

    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR.name());
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN.name());
    }
}
