package fr.vigie.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UserAdminPagesTest {

    @Test
    void adminCreatesAUserWhoCanThenLogInWithTheGivenRole() {
        String name = "journalist-" + UUID.randomUUID().toString().substring(0, 8);
        BrowserSession admin = BrowserSession.login(TestAccounts.ADMIN);
        admin.get("/admin/users").then().statusCode(200);
        admin.post("/admin/users", Map.of("username", name, "password", TestAccounts.PASSWORD, "role", "EDITOR"))
                .then().statusCode(303);
        BrowserSession.login(name).get("/bodies/new").then().statusCode(200);
        long id = AppUserLookup.idOf(name);
        admin.post("/admin/users/" + id + "/role", Map.of("role", "VIEWER")).then().statusCode(303);
        BrowserSession.login(name).get("/bodies/new").then().statusCode(403);
    }

    @Test
    void creationErrorsAreShownByTheField() {
        BrowserSession admin = BrowserSession.login(TestAccounts.ADMIN);
        admin.post("/admin/users", Map.of("username", "<b>x</b>", "password", "short", "role", "KING"))
                .then().statusCode(422).body(containsString("f-username-error")).body(containsString("f-password-error"))
                .body(containsString("f-role-error")).body(not(containsString("<b>x</b>")));
        admin.post("/admin/users", Map.of("username", TestAccounts.EDITOR, "password", TestAccounts.PASSWORD, "role", "VIEWER"))
                .then().statusCode(422).body(containsString("déjà pris"));
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() {
        BrowserSession admin = BrowserSession.login(TestAccounts.ADMIN);
        long id = AppUserLookup.idOf(TestAccounts.ADMIN);
        admin.post("/admin/users/" + id + "/enabled", Map.of("enabled", "false")).then().statusCode(422)
                .body(containsString("au moins un administrateur"));
        admin.post("/admin/users/" + id + "/role", Map.of("role", "VIEWER")).then().statusCode(422);
        admin.get("/admin/users").then().statusCode(200);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/admin/users").then().statusCode(403);
        editor.post("/admin/users", Map.of("username", "sneaky", "password", TestAccounts.PASSWORD, "role", "ADMIN"))
                .then().statusCode(403);
        BrowserSession.anonymous().get("/admin/users").then().statusCode(303);
    }
}
