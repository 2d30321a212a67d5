package fr.vigie.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Msg;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.restassured.response.Response;

/** Issue 18, items 8 and 9: one username whatever its case, every byte of a password counts, always an administrator. */
@QuarkusTest
class AccountRulesTest {

    @Inject
    UserService users;

    @Inject
    LoginThrottle throttle;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void item8_aCaseTwinOfAUsernameIsRefusedNamingTheField() {
        BrowserSession admin = BrowserSession.login(TestAccounts.ADMIN);
        String name = "Twin-" + run;
        admin.post("/admin/users", Map.of("username", name, "password", TestAccounts.PASSWORD, "role", "VIEWER"))
                .then().statusCode(303);
        admin.post("/admin/users", Map.of("username", name.toLowerCase(), "password", TestAccounts.PASSWORD, "role", "VIEWER"))
                .then().statusCode(422).body(containsString("f-username-error"));
        admin.post("/admin/users", Map.of("username", "EDITOR", "password", TestAccounts.PASSWORD, "role", "ADMIN"))
                .then().statusCode(422).body(containsString("f-username-error"));
    }

    @Test
    void item8_loginIgnoresTheCaseOfTheUsername() {
        TestAccounts.ensure();
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "Viewer").formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check");
        assertThat(response.header("Location")).doesNotContain("error");
        given().cookies(response.cookies()).redirects().follow(false).get("/account").then().statusCode(200)
                .body(containsString("viewer"));
    }

    /** bcrypt reads 72 bytes: a longer password is refused rather than cut (73 ASCII letters; 40 accented ones, 80 bytes). */
    @Test
    void item8_aPasswordLongerThan72BytesIsRefusedNamingTheField() {
        BrowserSession admin = BrowserSession.login(TestAccounts.ADMIN);
        for (String password : List.of("a".repeat(73), "é".repeat(40))) {
            admin.post("/admin/users", Map.of("username", "long-" + run, "password", password, "role", "VIEWER"))
                    .then().statusCode(422).body(containsString("f-password-error")).body(containsString("72 octets"));
        }
        admin.post("/admin/users", Map.of("username", "long-" + run, "password", "é".repeat(36), "role", "VIEWER"))
                .then().statusCode(303);
        BrowserSession own = BrowserSession.login(TestAccounts.VIEWER);
        own.post("/account/password", Map.of("current", TestAccounts.PASSWORD, "password", "b".repeat(73),
                "confirmation", "b".repeat(73))).then().statusCode(422).body(containsString("f-password-error"));
    }

    /**
     * Issue 18, item 9: two administrators disable each other at the same moment. Each change is made in its own
     * transaction, and both wait for each other after their check and before their commit (as long as the other
     * lets them): without a lock both checks saw two administrators and none was left.
     */
    @Test
    void item9_twoAdministratorsDisablingEachOtherAtOnceLeaveOne() throws Exception {
        long first = adminNamed("race-a-" + run);
        long second = adminNamed("race-b-" + run);
        List<Long> others = otherEnabledAdmins(first, second);
        setEnabled(others, false);
        Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of("fr"));
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> changes = new ArrayList<>();
            for (long target : List.of(first, second)) {
                changes.add(pool.submit(() -> {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> {
                            users.setEnabled(msg, target, false);
                            awaitQuietly(bothChecked);
                        });
                        return true;
                    } catch (RuntimeException e) {
                        if (causedBy(e, InvalidInputException.class)) {
                            return false; // refused: it would have left no administrator
                        }
                        throw e;
                    }
                }));
            }
            int done = 0;
            for (Future<Boolean> change : changes) {
                done += change.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            long left = QuarkusTransaction.requiringNew().call(AppUser::countActiveAdmins);
            assertThat(left).as("enabled administrators left").isEqualTo(1);
            assertThat(done).as("changes made").isEqualTo(1);
        } finally {
            pool.shutdownNow();
            setEnabled(others, true);
            setEnabled(List.of(first, second), false);
        }
    }

    private static boolean causedBy(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the other change waits for our lock: it cannot reach the barrier before we commit
        }
    }

    private long adminNamed(String name) {
        TestAccounts.ensure(name, Role.ADMIN);
        return AppUserLookup.idOf(name);
    }

    private static List<Long> otherEnabledAdmins(long first, long second) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>list("role = ?1 and enabled = true", Role.ADMIN)
                .stream().map(u -> u.id).filter(id -> id != first && id != second).toList());
    }

    private static void setEnabled(List<Long> ids, boolean enabled) {
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> AppUser.<AppUser>findById(id).enabled = enabled));
    }
}
