package fr.vigie.request;

import static fr.vigie.request.RequestApi.asEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.account.AppUser;
import fr.vigie.app.Refusal;
import fr.vigie.request.document.Upload;
import fr.vigie.request.procedure.ProcedureCode;
import fr.vigie.request.procedure.RequestEventType;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import fr.vigie.testing.TestFiles;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A mail poller, a batch or a reminder writes requests from a plain thread: no HTTP request, no request
 * scope. The writer must work there exactly as for a page, and what it stores is what the page shows.
 */
@QuarkusTest
class WriterOnWorkerThreadTest {

    @Inject
    RequestService writer;

    @Test
    void eventsRecordedFromAWorkerThreadShowOnThePageAndTheApi() throws Exception {
        FixedClock.install("2025-04-10");
        int bodyId = RequestApi.newBody("13");
        long editorId = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(TestAccounts.EDITOR).orElseThrow().id);
        RequestForm form = new RequestForm("Vidéosurveillance algorithmique à Marseille", "1. Le bon de commande du logiciel.",
                "FR_CRPA", String.valueOf(bodyId), "EMAIL", "PRIVATE", List.of("worker"), null, null, null, null, null);
        byte[] answer = TestFiles.pdf("Réponse de la préfecture");

        long id = onPlainThread(() -> {
            assertThat(Arc.container().requestContext().isActive()).as("no request scope on this thread").isFalse();
            long created = writer.create(form, editorId).request().id;
            writer.addEvent(created, EventForm.of(RequestEventType.SENT, LocalDate.parse("2025-03-03")), List.of(), editorId, null);
            writer.addEvent(created, new EventForm("ANSWER", "2025-03-20", "Refus partiel", null, null, null, "PARTIAL", null, null, null),
                    List.of(Upload.of("réponse.pdf", answer)), editorId, null);
            return created;
        });

        AccessRequest stored = QuarkusTransaction.requiringNew().call(() -> AccessRequest.<AccessRequest>findById(id));
        assertThat(stored.state.stage().name()).isEqualTo("REFUSED");
        assertThat(stored.state.nextStep().name()).isEqualTo("CADA_REFERRAL_BY");
        // express partial refusal notified 20 March: the CADA by 21 May (two months, franc, R343-1)
        assertThat(stored.state.nextActionDate()).isEqualTo(LocalDate.parse("2025-05-21"));
        asEditor().get("/api/v1/requests/" + id).then().statusCode(200).body("stage", equalTo("REFUSED"))
                .body("nextAction.key", equalTo("CADA_REFERRAL_BY")).body("nextAction.date", equalTo("2025-05-21"))
                .body("events.size()", equalTo(2)).body("version", equalTo((int) stored.version));
        asEditor().get("/api/v1/requests/" + id + "/documents").then().body("items[0].fileName", equalTo("réponse.pdf"));
        BrowserSession.login(TestAccounts.EDITOR).get("/requests/" + id).then().statusCode(200)
                .body(containsString("Saisir la CADA avant le mercredi 21 mai 2025")).body(containsString("réponse.pdf"));
    }

    @Test
    void aRefusalOnAWorkerThreadIsCodesNotText() throws Exception {
        FixedClock.install("2025-04-10");
        int requestId = RequestApi.newRequest(RequestApi.newBody("75"));
        long editorId = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(TestAccounts.EDITOR).orElseThrow().id);
        Refusal refusal = onPlainThread(() -> {
            try {
                // an avis before any referral: the procedure's order forbids it, whoever records it
                writer.addEvent(requestId, new EventForm("CADA_AVIS", "2025-03-01", null, null, null, null, null, "FAVOURABLE", null, null),
                        List.of(Upload.of("avis.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))), editorId, null);
                return null;
            } catch (Refusal e) {
                return e;
            }
        });
        assertThat(refusal).isNotNull();
        assertThat(refusal.violations()).extracting(v -> v.field(), v -> v.code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", ProcedureCode.NEEDS_EARLIER));
        asEditor().get("/api/v1/requests/" + requestId).then().body("events.size()", equalTo(0));
        asEditor().get("/api/v1/requests/" + requestId + "/documents").then().body("total", equalTo(0));
    }

    /** Runs {@code work} on a new thread of its own, as a poller would, and returns its result. */
    private static <T> T onPlainThread(java.util.concurrent.Callable<T> work) throws InterruptedException, ExecutionException,
            java.util.concurrent.TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "worker-without-request");
        thread.start();
        return result.get(60, TimeUnit.SECONDS);
    }
}
