package fr.vigie.calculator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The public preview endpoint: the contract on LEGAL.md's worked examples, and every kind of bad input. */
@QuarkusTest
class DeadlinePreviewResourceTest {

    private static final String PREVIEW = "/api/v1/deadlines/preview";

    /** A request body: regime, territory (or null) and "TYPE=date" events. */
    static String body(String regime, String territory, String... events) {
        String list = Stream.of(events).map(e -> e.split("="))
                .map(e -> "{\"type\": \"" + e[0] + "\", \"date\": \"" + e[1] + "\"}").collect(Collectors.joining(", "));
        return "{\"regime\": \"" + regime + "\", \"territory\": " + (territory == null ? "null" : "\"" + territory + "\"")
                + ", \"events\": [" + list + "]}";
    }

    static ValidatableResponse post(String json, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(json)
                .post(PREVIEW).then();
    }

    @Test
    void workedExample12GivesTheWholeChain() {
        post(body("FR_CRPA", null, "REQUEST_RECEIVED=2023-11-14", "CADA_REGISTERED=2024-01-05"), "fr")
                .statusCode(200).contentType(ContentType.JSON)
                .body("regime", equalTo("FR_CRPA"))
                .body("territory", nullValue())
                .body("deadlines.key", contains("IMPLICIT_REFUSAL", "CADA_REFERRAL_BY", "CADA_AVIS_DUE",
                        "CONFIRMED_REFUSAL", "COURT_BY"))
                .body("deadlines.date", contains("2023-12-14", "2024-02-15", "2024-02-05", "2024-03-05", "2024-05-06"))
                .body("deadlines.party", contains("ADMINISTRATION", "REQUESTER", "CADA", "ADMINISTRATION", "REQUESTER"))
                .body("deadlines[1].label", equalTo("Saisine de la CADA"))
                .body("deadlines[1].basis", equalTo("CRPA L342-1, R343-1"))
                .body("deadlines[1].dateText", equalTo("jeudi 15 février 2024"))
                .body("deadlines[1].explanation", startsWith("Saisine de la CADA : 2 mois"))
                .body("deadlines[1].explanation", containsString("refus implicite (DIR), jeudi 14 décembre 2023"))
                .body("deadlines[1].alsoPossible", equalTo(List.of()))
                .body("deadlines[4].explanation", containsString("Échéance nominale : dimanche 5 mai 2024"))
                .body("deadlines[4].skippedDays", equalTo(List.of()));
    }

    @Test
    void skippedDaysAreListedWithTheirReason() {
        // LEGAL.md example 7: notified Mon 7 Apr 2025, last day Sun 8 Jun, then Whit Monday (the referral follows an
        // express refusal: made before any refusal, it would not count, R343-1)
        post(body("FR_CRPA", null, "REQUEST_RECEIVED=2025-02-03", "EXPRESS_REFUSAL=2025-02-05", "CADA_REGISTERED=2025-02-10",
                "FINAL_REFUSAL=2025-04-07"), "fr")
                .statusCode(200)
                .body("deadlines.find { it.key == 'COURT_BY' }.date", equalTo("2025-06-10"))
                .body("deadlines.find { it.key == 'COURT_BY' }.skippedDays.date", contains("2025-06-08", "2025-06-09"))
                .body("deadlines.find { it.key == 'COURT_BY' }.skippedDays.reason", contains("dimanche", "jour férié (Lundi de Pentecôte)"));
    }

    @Test
    void explanationsAreInEnglishWithAcceptLanguageEn() {
        post(body("FR_CRPA", null, "REQUEST_RECEIVED=2025-03-03"), "en")
                .statusCode(200)
                .body("deadlines.key", contains("IMPLICIT_REFUSAL", "CADA_REFERRAL_BY"))
                .body("deadlines[1].date", equalTo("2025-06-04"))
                .body("deadlines[1].label", equalTo("Referral to the CADA"))
                .body("deadlines[1].dateText", equalTo("Wednesday 4 June 2025"))
                .body("deadlines[1].explanation", startsWith("Referral to the CADA: 2 months"))
                .body("deadlines[1].explanation", containsString("Nominal end: Tuesday 3 June 2025"));
    }

    @ParameterizedTest(name = "#{0} {1} {4} = {5}")
    @CsvSource(delimiter = '|', textBlock = """
            13 | FR_GDPR | REQUEST_RECEIVED=2025-03-09 | EXTENSION_NOTIFIED=2025-03-20 | RESPONSE_DUE          | 2025-04-09
            13 | FR_GDPR | REQUEST_RECEIVED=2025-03-09 | EXTENSION_NOTIFIED=2025-03-20 | EXTENDED_RESPONSE_DUE | 2025-06-10
            14 | US_FOIA | REQUEST_RECEIVED=2025-11-03 | EXTENSION_NOTIFIED=2025-11-20 | RESPONSE_DUE          | 2025-12-03
            14 | US_FOIA | REQUEST_RECEIVED=2025-11-03 | EXTENSION_NOTIFIED=2025-11-20 | EXTENDED_RESPONSE_DUE | 2025-12-17
            15 | UK_FOIA | REQUEST_RECEIVED=2025-05-14 | INTERNAL_REVIEW_REQUESTED=2025-07-01 | RESPONSE_DUE   | 2025-06-12
            16 | DE_IFG  | REQUEST_RECEIVED=2025-01-31 | DECISION_NOTIFIED=2025-02-20 | RESPONSE_DUE           | 2025-02-28
            """)
    void otherRegimesGiveTheirWorkedExample(int example, String regime, String first, String second, String key, String date) {
        post(body(regime, null, first, second), "en")
                .statusCode(200)
                .body("regime", equalTo(regime))
                .body("deadlines.find { it.key == '" + key + "' }.date", equalTo(date))
                .body("deadlines.find { it.key == '" + key + "' }.party", equalTo("ADMINISTRATION"))
                .body("deadlines.find { it.key == '" + key + "' }.explanation", containsString("Date: "));
    }

    @Test
    void alsaceMoselleShowsItsLaterDateBesideTheNationalOne() {
        // DIR Sat 25 Oct 2025: franc last day Fri 26 Dec, a holiday only in Alsace-Moselle (L3134-13)
        post(body("FR_CRPA", " 57 ", "REQUEST_RECEIVED=2025-09-25"), "fr")
                .statusCode(200)
                .body("territory", equalTo("57"))
                .body("deadlines[0].date", equalTo("2025-10-25"))
                .body("deadlines[1].key", equalTo("CADA_REFERRAL_BY"))
                .body("deadlines[1].date", equalTo("2025-12-26"))
                .body("deadlines[1].alsoPossible.date", contains("2025-12-29"))
                .body("deadlines[1].alsoPossible[0].dateText", equalTo("lundi 29 décembre 2025"))
                .body("deadlines[1].alsoPossible[0].reason", containsString("jours fériés locaux"))
                .body("deadlines[1].alsoPossible[0].reason", containsString("politique C"));
    }

    /** L112-6, CE Czabaj n° 387763: the one-year limit is its own deadline, from the implicit refusal. */
    @Test
    void withoutAcknowledgementTheOneYearLimitIsShown() {
        post("{\"regime\": \"FR_CRPA\", \"acknowledged\": false, \"events\": [{\"type\": \"REQUEST_RECEIVED\", \"date\": \"2025-03-03\"}]}", "en")
                .statusCode(200)
                .body("deadlines.key", contains("IMPLICIT_REFUSAL", "CADA_REFERRAL_BY", "ONE_YEAR_LIMIT"))
                .body("deadlines[1].date", equalTo("2025-06-04"))
                .body("deadlines[1].alsoPossible", equalTo(List.of()))
                .body("deadlines[2].date", equalTo("2026-04-03"))
                .body("deadlines[2].party", equalTo("REQUESTER"))
                .body("deadlines[2].basis", containsString("Czabaj"))
                .body("deadlines[2].explanation", containsString("L112-6"));
    }

    /** R421-5 CJA: an express refusal notified without its remedies. */
    @Test
    void remediesNotStatedGiveTheOneYearLimit() {
        post("{\"regime\": \"FR_CRPA\", \"events\": [{\"type\": \"REQUEST_RECEIVED\", \"date\": \"2025-03-03\"}, "
                + "{\"type\": \"EXPRESS_REFUSAL\", \"date\": \"2025-03-20\", \"remediesStated\": false}]}", "fr")
                .statusCode(200)
                .body("deadlines.find { it.key == 'ONE_YEAR_LIMIT' }.date", equalTo("2026-03-20"))
                .body("deadlines.find { it.key == 'ONE_YEAR_LIMIT' }.explanation", containsString("R421-5"));
    }

    /** R343-1: a referral sent before the implicit refusal; the warning in the request's language. */
    @Test
    void warningsComeWithTheChainInTheRequestLanguage() {
        String premature = body("FR_CRPA", null, "REQUEST_RECEIVED=2025-03-03", "CADA_REFERRAL_SENT=2025-03-20", "CADA_REGISTERED=2025-03-25");
        post(premature, "fr")
                .statusCode(200)
                .body("deadlines.key", contains("IMPLICIT_REFUSAL", "CADA_REFERRAL_BY"))
                .body("warnings.code", contains("PREMATURE_CADA_REFERRAL"))
                .body("warnings[0].event", equalTo("CADA_REFERRAL_SENT"))
                .body("warnings[0].date", equalTo("2025-03-20"))
                .body("warnings[0].message", containsString("Saisine de la CADA prématurée"))
                .body("warnings[0].message", containsString("jeudi 3 avril 2025"));
        post(premature, "en")
                .statusCode(200)
                .body("warnings[0].message", startsWith("Premature referral to the CADA"));
        post(body("FR_CRPA", null, "REQUEST_RECEIVED=2023-11-14", "CADA_REGISTERED=2024-01-05"), "fr")
                .statusCode(200).body("warnings", equalTo(List.of()));
    }

    /** CJA R421-7: two more months from abroad, echoed as understood. */
    @Test
    void residenceLengthensTheCourtPeriod() {
        post("{\"regime\": \"FR_CRPA\", \"requesterResidence\": \" abroad \", \"events\": [{\"type\": \"FINAL_REFUSAL\", "
                + "\"date\": \"2025-03-07\"}]}", "en")
                .statusCode(200)
                .body("requesterResidence", equalTo("ABROAD"))
                .body("deadlines[0].key", equalTo("COURT_BY"))
                .body("deadlines[0].date", equalTo("2025-07-08"))
                .body("deadlines[0].basis", containsString("R421-7"));
        post(body("FR_CRPA", null, "FINAL_REFUSAL=2025-03-07"), "en").statusCode(200)
                .body("requesterResidence", nullValue())
                .body("deadlines[0].date", equalTo("2025-05-09"));
    }

    /** BGB §193: the Land's holidays give the legal limit beside the nationwide act-by date. */
    @Test
    void landTerritoryUnderTheIfg() {
        post(body("DE_IFG", "de-by", "REQUEST_RECEIVED=2025-05-19"), "en")
                .statusCode(200)
                .body("territory", equalTo("DE-BY"))
                .body("deadlines[0].date", equalTo("2025-06-19"))
                .body("deadlines[0].alsoPossible.date", contains("2025-06-20"));
    }

    static Stream<Arguments> badInputs() {
        String received = "{\"type\": \"REQUEST_RECEIVED\", \"date\": \"2025-03-03\"}";
        String tooMany = IntStream.range(0, PreviewReader.MAX_EVENTS + 1).mapToObj(i -> received)
                .collect(Collectors.joining(", ", "{\"regime\": \"FR_CRPA\", \"events\": [", "]}"));
        return Stream.of(
                Arguments.of("unknown regime", body("FR_CADA", null), 422, "regime"),
                Arguments.of("missing regime", "{\"events\": [" + received + "]}", 422, "regime"),
                Arguments.of("blank regime", body(" ", null), 422, "regime"),
                Arguments.of("control characters", body("FR_CRPA\\u0000", null), 422, "regime"),
                Arguments.of("unknown event type", body("FR_CRPA", null, "RECEIVED=2025-03-03"), 422, "events[0].type"),
                Arguments.of("event type of another regime", body("FR_GDPR", null, "REQUEST_RECEIVED=2025-03-03",
                        "CADA_REGISTERED=2025-05-01"), 422, "events[1].type"),
                Arguments.of("unknown territory", body("FR_CRPA", "99", "REQUEST_RECEIVED=2025-03-03"), 422, "territory"),
                Arguments.of("French territory abroad", body("US_FOIA", "67", "REQUEST_RECEIVED=2025-03-03"), 422, "territory"),
                Arguments.of("impossible date", body("FR_CRPA", null, "REQUEST_RECEIVED=2025-02-30"), 422, "events[0].date"),
                Arguments.of("impossible month", body("FR_CRPA", null, "REQUEST_RECEIVED=2025-13-01"), 422, "events[0].date"),
                Arguments.of("French date", body("FR_CRPA", null, "REQUEST_RECEIVED=03/03/2025"), 422, "events[0].date"),
                Arguments.of("short date", body("FR_CRPA", null, "REQUEST_RECEIVED=2025-3-3"), 422, "events[0].date"),
                Arguments.of("date with time", body("FR_CRPA", null, "REQUEST_RECEIVED=2025-03-03T10:00"), 422, "events[0].date"),
                Arguments.of("year before 1900", body("FR_CRPA", null, "REQUEST_RECEIVED=1899-12-31"), 422, "events[0].date"),
                Arguments.of("year after 2200", body("FR_CRPA", null, "REQUEST_RECEIVED=2201-01-01"), 422, "events[0].date"),
                Arguments.of("missing events", "{\"regime\": \"FR_CRPA\"}", 422, "events"),
                Arguments.of("missing type", "{\"regime\": \"FR_CRPA\", \"events\": [{\"date\": \"2025-03-03\"}]}", 422, "events[0].type"),
                Arguments.of("missing date", "{\"regime\": \"FR_CRPA\", \"events\": [{\"type\": \"REQUEST_RECEIVED\"}]}", 422, "events[0].date"),
                Arguments.of("empty date", body("FR_CRPA", null, "REQUEST_RECEIVED= "), 422, "events[0].date"),
                Arguments.of("null event", "{\"regime\": \"FR_CRPA\", \"events\": [" + received + ", null]}", 422, "events[1]"),
                Arguments.of("duplicate event type", body("FR_CRPA", null, "REQUEST_RECEIVED=2025-03-03",
                        "REQUEST_RECEIVED=2025-03-04"), 422, "events[1].type"),
                Arguments.of("referral registered before the request was received", body("FR_CRPA", null,
                        "CADA_REGISTERED=2025-01-05", "REQUEST_RECEIVED=2025-03-03"), 422, "events[0].date"),
                Arguments.of("too many events", tooMany, 422, "events"),
                Arguments.of("regime is a number", "{\"regime\": 5, \"events\": []}", 400, "regime"),
                Arguments.of("events is a string", "{\"regime\": \"FR_CRPA\", \"events\": \"REQUEST_RECEIVED\"}", 400, "events"),
                Arguments.of("event is a string", "{\"regime\": \"FR_CRPA\", \"events\": [\"REQUEST_RECEIVED\"]}", 400, "events[0]"),
                Arguments.of("date is a number", "{\"regime\": \"FR_CRPA\", \"events\": [{\"type\": \"REQUEST_RECEIVED\", \"date\": 20250303}]}",
                        400, "events[0].date"),
                Arguments.of("acknowledged is a string", "{\"regime\": \"FR_CRPA\", \"acknowledged\": \"yes\", \"events\": []}", 400, "acknowledged"),
                Arguments.of("unknown residence", "{\"regime\": \"FR_CRPA\", \"requesterResidence\": \"MARS\", \"events\": []}", 422,
                        "requesterResidence"),
                Arguments.of("residence outside France", "{\"regime\": \"US_FOIA\", \"requesterResidence\": \"ABROAD\", \"events\": []}",
                        422, "requesterResidence"),
                Arguments.of("residence is a list", "{\"regime\": \"FR_CRPA\", \"requesterResidence\": [\"ABROAD\"], \"events\": []}",
                        400, "requesterResidence"),
                Arguments.of("residence too long", "{\"regime\": \"FR_CRPA\", \"requesterResidence\": \"" + "A".repeat(500)
                        + "\", \"events\": []}", 422, "requesterResidence"),
                Arguments.of("remediesStated is a word", "{\"regime\": \"FR_CRPA\", \"events\": [{\"type\": \"EXPRESS_REFUSAL\", "
                        + "\"date\": \"2025-03-03\", \"remediesStated\": \"no\"}]}", 400, "events[0].remediesStated"),
                Arguments.of("remediesStated on a receipt", "{\"regime\": \"FR_CRPA\", \"events\": [{\"type\": \"REQUEST_RECEIVED\", "
                        + "\"date\": \"2025-03-03\", \"remediesStated\": false}]}", 422, "events[0].remediesStated"),
                Arguments.of("Land under a French regime", body("FR_CRPA", "DE-NW", "REQUEST_RECEIVED=2025-03-03"), 422, "territory"),
                Arguments.of("unknown Land", body("DE_IFG", "DE-XX", "REQUEST_RECEIVED=2025-03-03"), 422, "territory"),
                Arguments.of("French code under the IFG", body("DE_IFG", "67", "REQUEST_RECEIVED=2025-03-03"), 422, "territory"),
                Arguments.of("GDPR before 25 May 2018", body("FR_GDPR", null, "REQUEST_RECEIVED=2018-05-24"), 422, "events[0].date"),
                Arguments.of("IFG before 2006", body("DE_IFG", null, "REQUEST_RECEIVED=2005-12-31"), 422, "events[0].date"),
                Arguments.of("dates 15 years apart", body("FR_CRPA", null, "REQUEST_RECEIVED=2010-03-03", "CADA_REGISTERED=2025-03-04"), 422,
                        "events[1].date"),
                Arguments.of("new event before its predecessor", body("FR_CRPA", null, "REQUEST_RECEIVED=2025-03-03",
                        "TRANSFERRED=2025-03-01"), 422, "events[1].date"),
                Arguments.of("body is an array", "[]", 400, "body"),
                Arguments.of("empty body", "", 400, "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedNamingTheField(String name, String json, int status, String field) {
        Response response = given().contentType(ContentType.JSON).body(json).post(PREVIEW);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("errors.field", String.class)).as(response.asString()).contains(field);
        assertThat(response.jsonPath().getList("errors.message", String.class)).allSatisfy(message -> assertThat(message).isNotBlank());
    }

    static Stream<Arguments> hostileNewFields() {
        List<Object> values = List.of("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1; --",
                "nul\u0000bell", "x".repeat(100_000), "🚓📹", "\u202Eevil", "", -1.5, 1, true, List.of("a", 1), java.util.Map.of("a", 1));
        return Stream.of("requesterResidence", "remediesStated").flatMap(field -> values.stream().map(value -> Arguments.of(field, value)));
    }

    /** Every hostile value in the new fields, the nested remediesStated included: done or refused naming the field, never a 5xx. */
    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("hostileNewFields")
    void hostileValuesInTheNewFields(String field, Object value) throws Exception {
        java.util.Map<String, Object> event = new java.util.LinkedHashMap<>(java.util.Map.of("type", "EXPRESS_REFUSAL", "date", "2025-03-20"));
        java.util.Map<String, Object> request = new java.util.LinkedHashMap<>(java.util.Map.of("regime", "FR_CRPA"));
        if (field.equals("remediesStated")) {
            event.put(field, value);
        } else {
            request.put(field, value);
        }
        request.put("events", List.of(java.util.Map.of("type", "REQUEST_RECEIVED", "date", "2025-03-03"), event));
        Response response = given().contentType(ContentType.JSON).body(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(request))
                .post(PREVIEW);

        String answer = response.asString();
        assertThat(response.statusCode()).as(answer).isIn(200, 400, 422);
        if (response.statusCode() != 200) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            String named = field.equals("remediesStated") ? "events[1].remediesStated" : field;
            assertThat(response.jsonPath().getList("errors.field", String.class)).as(answer).contains(named);
        }
    }

    @Test
    void malformedJsonIsRefusedWithAReadableProblem() {
        post("{\"regime\": \"FR_CRPA\", \"events\": [", "en")
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void reasonsAreInTheRequestLanguage() {
        post(body("FR_CRPA", null, "CADA_REGISTERED=2025-01-05", "REQUEST_RECEIVED=2025-03-03"), "en")
                .statusCode(422)
                .body("errors[0].field", equalTo("events[0].date"))
                .body("errors[0].message", equalTo("\"registration of the referral by the CADA\" (2025-01-05) cannot come before "
                        + "\"receipt of the request\" (2025-03-03)"));
        post(body("FR_CRPA", null, "REQUEST_RECEIVED=2025-02-30", "EXPRESS_REFUSAL=2025-3-3"), "fr")
                .statusCode(422)
                .body("errors.field", contains("events[0].date", "events[1].date"))
                .body("errors.message", contains("cette date n'existe pas : 2025-02-30",
                        "date attendue au format AAAA-MM-JJ, par exemple 2025-03-03"));
    }
}
