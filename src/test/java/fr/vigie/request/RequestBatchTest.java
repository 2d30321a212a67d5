package fr.vigie.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.account.AppUser;
import fr.vigie.app.DataVersion;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The writer's batch (a campaign's): every request as one created alone would be, in order, or none at all. */
@QuarkusTest
class RequestBatchTest {

    @Inject
    RequestService requests;

    @Inject
    DataVersion version;

    private static RequestForm form(int bodyId, String title) {
        return new RequestForm(title, "Je demande les bons de commande.", "FR_CRPA", String.valueOf(bodyId), "EMAIL", null,
                List.of("Lot", "lot"), null, null, null, null, null);
    }

    private static long editorId() {
        RequestApi.asEditor();
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(TestAccounts.EDITOR).orElseThrow().id);
    }

    @Test
    void aBatchCreatesEachRequestInOrderWithItsStateAndMovesTheVersionOnce() {
        FixedClock.install("2025-03-03");
        long owner = editorId();
        int first = RequestApi.newBody("75");
        int second = RequestApi.newBody("13");
        long before = QuarkusTransaction.requiringNew().call(version::current);
        // more than one chunk, so that the session is emptied between them
        List<RequestForm> forms = new java.util.ArrayList<>();
        for (int i = 0; i < RequestCreation.BATCH_CHUNK + 5; i++) {
            forms.add(form(i % 2 == 0 ? first : second, "Lot " + i));
        }
        List<Long> ids = requests.createAll(forms, owner);
        assertThat(QuarkusTransaction.requiringNew().call(version::current)).isEqualTo(before + 1);
        assertThat(ids).hasSize(forms.size()).doesNotHaveDuplicates();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < ids.size(); i++) {
                AccessRequest r = AccessRequest.findById(ids.get(i));
                assertThat(r.title).isEqualTo("Lot " + i);
                assertThat(r.body.id).isEqualTo(i % 2 == 0 ? (long) first : (long) second);
                assertThat(r.state.stage()).isEqualTo(RequestStage.DRAFT);
                assertThat(r.tagList()).containsExactly("lot");
                assertThat(r.owner.id).isEqualTo(owner);
            }
        });
    }

    @Test
    void oneRefusedFormRefusesTheBatchNamingItsPositionAndNothingIsKept() {
        long owner = editorId();
        int body = RequestApi.newBody("69");
        long count = QuarkusTransaction.requiringNew().call(() -> AccessRequest.count());
        List<RequestForm> forms = List.of(form(body, "Bon"), form(body, "Bon aussi"), form(999_999_999, "Organisme inconnu"));
        assertThatThrownBy(() -> requests.createAll(forms, owner)).isInstanceOfSatisfying(BatchRefusal.class, refused -> {
            assertThat(refused.index()).isEqualTo(2);
            assertThat(refused.violations().get(0).field()).isEqualTo("bodyId");
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> AccessRequest.count())).isEqualTo(count);
    }
}
