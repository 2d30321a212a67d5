package fr.vigie.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import fr.vigie.account.AppUser;
import fr.vigie.account.Role;
import fr.vigie.account.UserService;
import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** The accounts the tests use, one per role, created on first use in the running test application. */
public final class TestAccounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";
    public static final String PASSWORD = "test-password-123";
    private static final String CHEAP_HASH = "$2a$04$";

    private TestAccounts() {
    }

    public static synchronized void ensure() {
        ensure(EDITOR, Role.EDITOR);
        ensure(VIEWER, Role.VIEWER);
        ensure(ADMIN, Role.ADMIN);
    }

    /**
     * The account exists, with a bcrypt hash of cost 4: every login of the tests still goes through the
     * real check (whose cost is read from the hash), in a millisecond rather than a tenth of a second.
     */
    public static void ensure(String username, Role role) {
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findByUsername(username).orElseGet(
                    () -> Arc.container().instance(UserService.class).get().insert(username, passwordOf(username), role));
            if (!user.passwordHash.startsWith(CHEAP_HASH)) {
                user.passwordHash = BcryptUtil.bcryptHash(passwordOf(username), 4);
            }
        });
    }

    public static String passwordOf(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
    }

    /** A fresh API token for the user. */
    public static String token(String username) {
        ensure();
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", passwordOf(username)))
                .post("/api/v1/auth/tokens").then().statusCode(201).extract().path("token");
    }

    public static String bearer(String username) {
        return "Bearer " + token(username);
    }
}
