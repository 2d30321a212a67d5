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
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The database id of the logged-in user; only call on authenticated requests. */
    public long id() {
        Long id = identity.getAttribute(Identities.USER_ID);
        if (id == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return id;
    }

    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR.name());
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN.name());
    }
}
