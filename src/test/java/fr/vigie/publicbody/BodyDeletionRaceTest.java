package fr.vigie.publicbody;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.account.AppUser;
import fr.vigie.request.RequestApi;
import fr.vigie.request.RequestForm;
import fr.vigie.request.RequestService;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import fr.vigie.web.Msg;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 18, item 19: a body deleted while a request naming it is being created. Each test holds one side's
 * transaction open on this thread, after its write reached the database, while the other side runs through HTTP
 * on another thread; then commits. The HTTP side must answer 409 or 422 (never 500), and no request may be left
 * naming a body that is gone. Runs on H2 and on PostgreSQL.
 */
@QuarkusTest
class BodyDeletionRaceTest {

    /** Long enough for the other thread's write to reach the database and wait there for our row. */
    private static final long HOLD_MS = 1_500;

    @Inject
    PublicBodyService bodies;

    @Inject
    RequestService requests;

    @Test
    void item19_aRequestCreatedWhileItsBodyIsBeingDeletedGetsAConflictNotA500() throws Exception {
        FixedClock.install("2025-03-10");
        int bodyId = RequestApi.newBody("75");
        QuarkusTransaction.begin();
        CompletableFuture<Response> creation;
        try {
            bodies.delete(MessageBundles.get(Msg.class), bodyId);
            PublicBody.getEntityManager().flush(); // the DELETE has run, uncommitted
            creation = CompletableFuture.supplyAsync(
                    () -> RequestApi.asEditor().body(RequestApi.request(bodyId)).post("/api/v1/requests"));
            Thread.sleep(HOLD_MS);
        } finally {
            QuarkusTransaction.commit();
        }
        Response created = creation.get(60, TimeUnit.SECONDS);
        assertThat(created.statusCode()).as(created.asString()).isIn(409, 422);
        assertThat(created.contentType()).startsWith("application/problem+json");
        assertNoRequestNamesAMissingBody(bodyId);
    }

    @Test
    void item19_aBodyDeletedWhileARequestNamingItIsCreatedGetsAConflictNotA500() throws Exception {
        FixedClock.install("2025-03-10");
        int bodyId = RequestApi.newBody("75");
        TestAccounts.ensure();
        long editorId = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(TestAccounts.EDITOR).orElseThrow().id);
        RequestForm form = new RequestForm("Course " + bodyId, "1. Les contrats.", "FR_CRPA", String.valueOf(bodyId),
                "EMAIL", "PRIVATE", List.of(), null, null, null, null, null);
        String editor = TestAccounts.bearer(TestAccounts.EDITOR);
        QuarkusTransaction.begin();
        CompletableFuture<Response> deletion;
        try {
            requests.create(form, editorId);
            PublicBody.getEntityManager().flush(); // the request's INSERT has run, uncommitted
            deletion = CompletableFuture.supplyAsync(
                    () -> given().header("Authorization", editor).delete("/api/v1/bodies/" + bodyId));
            Thread.sleep(HOLD_MS);
        } finally {
            QuarkusTransaction.commit();
        }
        Response deleted = deletion.get(60, TimeUnit.SECONDS);
        assertThat(deleted.statusCode()).as(deleted.asString()).isEqualTo(409);
        assertThat(deleted.contentType()).startsWith("application/problem+json");
        assertNoRequestNamesAMissingBody(bodyId);
    }

    private static void assertNoRequestNamesAMissingBody(int bodyId) {
        long orphans = QuarkusTransaction.requiringNew().call(() -> (Long) PublicBody.getEntityManager().createNativeQuery(
                "select count(*) from access_request r where r.public_body_id = ?1 and not exists "
                        + "(select 1 from public_body b where b.id = r.public_body_id)", Long.class).setParameter(1, bodyId).getSingleResult());
        assertThat(orphans).as("requests naming a deleted body").isZero();
    }
}
