package fr.vigie.account;

import java.util.Set;

/** What a user may do. Each role includes the ones below it: an ADMIN is also an EDITOR and a VIEWER. */
public enum Role {
    VIEWER,
    EDITOR,
    ADMIN;

    /** The role names a security identity carries, so that @RolesAllowed("EDITOR") admits admins too. */
    public Set<String> grantedRoleNames() {
        return switch (this) {
            case VIEWER -> Set.of("VIEWER");
            case EDITOR -> Set.of("VIEWER", "EDITOR");
            case ADMIN -> Set.of("VIEWER", "EDITOR", "ADMIN");
        };
    }
}
