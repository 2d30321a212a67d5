package fr.vigie.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.account.AppUser;
import fr.vigie.letter.LetterDraft;
import fr.vigie.letter.LetterTestData;
import fr.vigie.letter.pdf.PdfText;
import fr.vigie.request.RequestApi;
import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The campaign's grouped CADA referral takes exactly its requests refused (expressly or by silence) and not yet at the CADA. */
@QuarkusTest
class CampaignReferralTest {

    @Inject
    CampaignReferral referral;

    private static long editorId() {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(TestAccounts.EDITOR).orElseThrow().id);
    }

    @Test
    void theGroupedReferralListsExactlyTheRefusedRequestsNotYetAtTheCada() {
        FixedClock clock = FixedClock.install("2025-03-03");
        LetterTestData.editorIdentity();
        String run = UUID.randomUUID().toString().substring(0, 6);
        // by name: A refuses expressly, B answers in full, C keeps silent, D keeps silent and is taken to the CADA, E is never sent
        List<String> names = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        for (String letter : List.of("A", "B", "C", "D", "E")) {
            names.add("Ville " + letter + run);
            bodies.add(LetterTestData.body("Ville " + letter + run, "56"));
        }
        int id = CampaignApiTest.create(bodies);
        List<Integer> requests = CampaignApiTest.requestIds(id);
        for (int r : requests.subList(0, 4)) {
            RequestApi.event(r, RequestApi.ev("SENT", "2025-03-03", "channel", "EMAIL")).then().statusCode(201);
        }
        clock.set("2025-03-20");
        RequestApi.event(requests.get(0), RequestApi.ev("ANSWER", "2025-03-20", "outcome", "REFUSED")).then().statusCode(201);
        RequestApi.event(requests.get(1), RequestApi.ev("ANSWER", "2025-03-20", "outcome", "FULL")).then().statusCode(201);
        clock.set("2025-04-10"); // the silences became refusals on 3 April 2025
        RequestApi.event(requests.get(3), RequestApi.ev("CADA_REFERRAL_SENT", "2025-04-10")).then().statusCode(201);
        clock.set("2025-04-15");

        LetterDraft draft = referral.draft(id, editorId()).orElseThrow();
        List<Long> listed = new ArrayList<>(draft.groupedIds());
        listed.add(draft.requestId());
        assertThat(listed).containsExactlyInAnyOrder((long) requests.get(0), (long) requests.get(2));
        assertThat(draft.text()).contains("refusée par 2 administrations").contains(names.get(0)).contains(names.get(2))
                .doesNotContain(names.get(1)).doesNotContain(names.get(3)).doesNotContain(names.get(4));

        byte[] pdf = BrowserSession.login(TestAccounts.EDITOR).get("/campaigns/" + id + "/cada-referral.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PdfText.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains(names.get(0)).contains(names.get(2)).doesNotContain(names.get(1))
                .doesNotContain(names.get(3)).doesNotContain(names.get(4));
    }

    @Test
    void aCampaignWithNoRefusalHasNoReferralAndItsPageSaysWhy() {
        FixedClock.install("2025-03-03");
        int id = CampaignApiTest.create(List.of(RequestApi.newBody("56")));
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/campaigns/" + id).then().statusCode(200).body(containsString("id=\"cada-referral\""));
        editor.get("/campaigns/" + id + "/cada-referral.pdf").then().statusCode(303)
                .header("Location", endsWith("/campaigns/" + id + "?referral=none"));
        editor.get("/campaigns/" + id + "?referral=none").then().statusCode(200)
                .body(containsString("Aucune demande de la campagne n&#39;est refusée"));
    }
}
