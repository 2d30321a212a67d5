package fr.vigie.calculator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.deadline.EventType;
import fr.vigie.deadline.Regime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The calculator page without a browser: the chain as HTML, errors by their fields, hostile parameters. */
@QuarkusTest
class CalculatorPageTest {

    @Test
    void firstVisitShowsTheFormOfTheFirstRegimeAndNoChain() {
        given().get("/calculator").then().statusCode(200)
                .body(containsString("<h1>Calculateur de délais</h1>"))
                .body(containsString("supposent exactes les dates"))
                .body(containsString("<option value=\"FR_CRPA\" selected>"))
                .body(containsString("id=\"f-REQUEST_RECEIVED\" name=\"REQUEST_RECEIVED\" type=\"date\""))
                .body(containsString("id=\"f-acknowledged\""))
                .body(not(containsString("id=\"timeline\"")));
    }

    @Test
    void workedExample4ShowsTheChainWithDatesInFull() {
        given().get("/calculator?regime=FR_CRPA&territory=&acknowledged=true&REQUEST_RECEIVED=2025-03-03&EXPRESS_REFUSAL=")
                .then().statusCode(200)
                .body(containsString("<ol class=\"timeline\" id=\"timeline\">"))
                .body(containsString("<h3>Refus implicite (décision implicite de rejet)</h3>"))
                .body(containsString("<time datetime=\"2025-04-03\">jeudi 3 avril 2025</time>"))
                .body(containsString("<h3>Saisine de la CADA</h3>"))
                .body(containsString("<time datetime=\"2025-06-04\">mercredi 4 juin 2025</time>"))
                .body(containsString("<dd>vous, le demandeur</dd>"))
                .body(containsString("<dd>CRPA L342-1, R343-1</dd>"))
                .body(containsString("Échéance nominale : mardi 3 juin 2025. Délai franc : dernier jour mercredi 4 juin 2025."))
                .body(containsString("value=\"2025-03-03\""))
                .body(containsString("id=\"f-acknowledged\" name=\"acknowledged\" value=\"true\" checked"));
    }

    @Test
    void englishPageWithTheLanguageCookie() {
        given().cookie("vigie-lang", "en").get("/calculator?regime=FR_CRPA&REQUEST_RECEIVED=2025-03-03")
                .then().statusCode(200)
                .body(containsString("<h1>Deadline calculator</h1>"))
                .body(containsString("<h3>Referral to the CADA</h3>"))
                .body(containsString("Wednesday 4 June 2025"))
                .body(containsString("<dd>you, the requester</dd>"))
                .body(containsString("<label for=\"f-REQUEST_RECEIVED\">Receipt of the request</label>"));
    }

    @Test
    void skippedDaysLocalCalendarAndNoAcknowledgementAreExplained() {
        given().get("/calculator?regime=FR_CRPA&territory=57&acknowledged=false&REQUEST_RECEIVED=2025-09-25")
                .then().statusCode(200)
                .body(containsString("<option value=\"57\" selected>Moselle (57)</option>"))
                .body(containsString("<time datetime=\"2025-12-29\">lundi 29 décembre 2025</time> — avec les jours fériés locaux"))
                .body(containsString("Délais non opposables (L112-6)"))
                .body(containsString("id=\"deadline-ONE_YEAR_LIMIT\""));
        given().get("/calculator?regime=FR_CRPA&REQUEST_RECEIVED=2025-02-03&EXPRESS_REFUSAL=2025-02-05&CADA_REGISTERED=2025-02-10"
                + "&FINAL_REFUSAL=2025-04-07")
                .then().statusCode(200)
                .body(containsString("- dimanche 8 juin 2025 : dimanche"))
                .body(containsString("- lundi 9 juin 2025 : jour férié (Lundi de Pentecôte)"));
    }

    @Test
    void anotherRegimeShowsItsOwnDatesAndKeepsTheCommonOne() {
        String page = given().get("/calculator?regime=US_FOIA&territory=&REQUEST_RECEIVED=2025-11-03&CADA_REGISTERED=2025-11-04")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<option value=\"US_FOIA\" selected>", "id=\"f-ADVERSE_DETERMINATION\"",
                "<time datetime=\"2025-12-03\">mercredi 3 décembre 2025</time>", "value=\"2025-11-03\"");
        assertThat(page).doesNotContain("id=\"f-CADA_REGISTERED\"", "id=\"f-acknowledged\"");
        given().get("/calculator?regime=UK_FOIA").then().statusCode(200).body(containsString("id=\"no-deadline\""));
    }

    @Test
    void errorsAreShownBesideTheirFieldsWithTheValuesKept() {
        String page = given().get("/calculator?regime=FR_CRPA&territory=99&acknowledged=maybe"
                + "&REQUEST_RECEIVED=2025-02-30&EXPRESS_REFUSAL=2025-3-3").then().statusCode(422).extract().asString();
        for (String field : List.of("territory", "acknowledged", "REQUEST_RECEIVED", "EXPRESS_REFUSAL")) {
            assertThat(page).contains("id=\"f-" + field + "-error\"", "href=\"#f-" + field + "\"");
        }
        assertThat(page).contains("aria-describedby=\"f-REQUEST_RECEIVED-error\"", "value=\"2025-02-30\"",
                "cette date n&#39;existe pas : 2025-02-30", "<option value=\"99\" selected>99</option>", "value=\"2025-3-3\"")
                .doesNotContain("id=\"timeline\"");

        given().get("/calculator?regime=FR_CRPA&REQUEST_RECEIVED=2025-03-03&CADA_REGISTERED=2025-01-05").then().statusCode(422)
                .body(containsString("<p class=\"field-error\" id=\"f-CADA_REGISTERED-error\">« enregistrement de la saisine par la CADA »"));
        given().get("/calculator?regime=DE_CRPA&REQUEST_RECEIVED=2025-03-03").then().statusCode(422)
                .body(containsString("id=\"f-regime-error\""))
                .body(containsString("<option value=\"DE_CRPA\" selected>DE_CRPA</option>"));
        given().get("/calculator?regime=US_FOIA&territory=67&REQUEST_RECEIVED=2025-03-03").then().statusCode(422)
                .body(containsString("id=\"f-territory-error\""));
    }

    /** R343-1: the warning shown above the chain, which leaves out the premature referral's consequences. */
    @Test
    void warningsAreShownAboveTheChain() {
        given().get("/calculator?regime=FR_CRPA&REQUEST_RECEIVED=2025-03-03&CADA_REFERRAL_SENT=2025-03-20&CADA_REGISTERED=2025-03-25")
                .then().statusCode(200)
                .body(containsString("<h3 id=\"warnings-title\">Avertissements</h3>"))
                .body(containsString("<li id=\"warning-PREMATURE_CADA_REFERRAL\">Saisine de la CADA prématurée"))
                .body(containsString("id=\"deadline-CADA_REFERRAL_BY\""))
                .body(not(containsString("id=\"deadline-CONFIRMED_REFUSAL\"")));
        given().get("/calculator?regime=FR_CRPA&REQUEST_RECEIVED=2025-03-03").then().statusCode(200)
                .body(not(containsString("id=\"warnings\"")));
    }

    /** CJA R421-7 from abroad; R421-5 CJA: the box of a refusal without its remedies, kept ticked. */
    @Test
    void residenceAndDecisionsWithoutRemedies() {
        given().get("/calculator?regime=FR_CRPA&requesterResidence=ABROAD&FINAL_REFUSAL=2025-03-07").then().statusCode(200)
                .body(containsString("<option value=\"ABROAD\" selected>À l&#39;étranger</option>"))
                .body(containsString("<time datetime=\"2025-07-08\">mardi 8 juillet 2025</time>"))
                .body(containsString("R421-7 al. 3"));
        String page = given().get("/calculator?regime=FR_CRPA&REQUEST_RECEIVED=2025-03-03&EXPRESS_REFUSAL=2025-03-20"
                + "&noRemedies=EXPRESS_REFUSAL").then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"f-noRemedies-EXPRESS_REFUSAL\" name=\"noRemedies\" value=\"EXPRESS_REFUSAL\" checked",
                "id=\"f-noRemedies-FINAL_REFUSAL\" name=\"noRemedies\" value=\"FINAL_REFUSAL\">",
                "id=\"deadline-ONE_YEAR_LIMIT\"", "<time datetime=\"2026-03-20\">vendredi 20 mars 2026</time>")
                .doesNotContain("id=\"f-noRemedies-REQUEST_RECEIVED\"");
    }

    @Test
    void theIfgOffersTheLaender() {
        given().get("/calculator?regime=DE_IFG&territory=DE-BY&REQUEST_RECEIVED=2025-05-19").then().statusCode(200)
                .body(containsString("<option value=\"DE-BY\" selected>Bayern (DE-BY)</option>"))
                .body(containsString("Niveau fédéral"))
                .body(containsString("<time datetime=\"2025-06-20\">vendredi 20 juin 2025</time>"));
    }

    @Test
    void wrongResidenceOrBoxesAreShownBesideTheirFields() {
        given().get("/calculator?regime=FR_CRPA&requesterResidence=MARS&REQUEST_RECEIVED=2025-03-03").then().statusCode(422)
                .body(containsString("id=\"f-requesterResidence-error\""))
                .body(containsString("<option value=\"MARS\" selected>MARS</option>"));
        given().get("/calculator?regime=FR_CRPA&noRemedies=REQUEST_RECEIVED&REQUEST_RECEIVED=2025-03-03").then().statusCode(422)
                .body(containsString("id=\"f-noRemedies-error\""))
                .body(containsString("href=\"#f-noRemedies\""));
        given().get("/calculator?regime=US_FOIA&requesterResidence=ABROAD&REQUEST_RECEIVED=2025-03-03").then().statusCode(422)
                .body(containsString("id=\"f-requesterResidence-error\""));
    }

    static Stream<Arguments> hostileParameters() {
        List<String> parameters = new ArrayList<>(List.of("regime", "territory", "acknowledged", "requesterResidence", "noRemedies"));
        Regime.FR_CRPA.acceptedEvents().stream().map(EventType::name).forEach(parameters::add);
        List<String> values = List.of("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
                "'; DROP TABLE public_body; --", "ctrl\u0000\u0007\u001b", "x".repeat(10_000), "emoji 🚓📹",
                "\u202Eevil", "%00%27", "2025-03-03\n<b>");
        return parameters.stream().flatMap(parameter -> values.stream().map(value -> Arguments.of(parameter, value)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("hostileParameters")
    void hostileValuesAreEscapedOrRefusedNeverAFailure(String parameter, String value) {
        Response response = given().queryParam("regime", "FR_CRPA").queryParam("REQUEST_RECEIVED", "2025-03-03")
                .queryParam(parameter, value).get("/calculator");

        int status = response.statusCode();
        String page = response.asString();
        // 414: the HTTP layer refuses a request line longer than 4 KiB before the page runs
        assertThat(status).as(page).isIn(200, 414, 422);
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "<b>");
        if (status == 422) {
            assertThat(page).contains("id=\"f-" + parameter + "-error\"");
        }
    }
}
