package fr.vigie.letter.identity;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import fr.vigie.account.CurrentUser;

/** The signed-in user's identities, for the identity picker of the request form ({inject:myIdentities.list}). */
@Named("myIdentities")
@RequestScoped
public class MyIdentities {

    private final IdentityService identities;
    private final CurrentUser currentUser;

    MyIdentities(IdentityService identities, CurrentUser currentUser) {
        this.identities = identities;
        this.currentUser = currentUser;
    }

    @Transactional
    public List<RequesterIdentity> getList() {
        return currentUser.isLoggedIn() ? identities.list(currentUser.id()) : List.of();
    }
}
