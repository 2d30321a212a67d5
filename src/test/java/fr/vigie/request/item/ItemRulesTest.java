package fr.vigie.request.item;

import static fr.vigie.request.item.ItemOutcome.ALREADY_PUBLIC;
import static fr.vigie.request.item.ItemOutcome.GIVEN;
import static fr.vigie.request.item.ItemOutcome.GIVEN_REDACTED;
import static fr.vigie.request.item.ItemOutcome.NOT_AN_ADMINISTRATIVE_DOCUMENT;
import static fr.vigie.request.item.ItemOutcome.NOT_HELD;
import static fr.vigie.request.item.ItemOutcome.PENDING;
import static fr.vigie.request.item.ItemOutcome.REFUSED;
import static fr.vigie.request.item.ItemOutcome.TRANSFERRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.app.Violation;
import fr.vigie.deadline.Regime;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.request.procedure.RequestEventType;

/** The request's outcome its items give, and what a decision on one item may say. */
class ItemRulesTest {

    static Stream<Arguments> derived() {
        return Stream.of(
                Arguments.of("no item", List.of(), null),
                Arguments.of("nothing decided yet", List.of(PENDING, PENDING), null),
                Arguments.of("all given", List.of(GIVEN, GIVEN, GIVEN), Outcome.FULL),
                Arguments.of("given or published", List.of(GIVEN, ALREADY_PUBLIC), Outcome.FULL),
                Arguments.of("given, one still pending", List.of(GIVEN, PENDING), Outcome.PARTIAL),
                Arguments.of("one given with redactions", List.of(GIVEN, GIVEN_REDACTED), Outcome.PARTIAL),
                Arguments.of("only redacted", List.of(GIVEN_REDACTED), Outcome.PARTIAL),
                Arguments.of("BriefCam answer: 2 given, 3 refused, 2 not held, 1 pending",
                        List.of(GIVEN, GIVEN, REFUSED, REFUSED, REFUSED, NOT_HELD, NOT_HELD, PENDING), Outcome.PARTIAL),
                Arguments.of("all refused", List.of(REFUSED, REFUSED), Outcome.REFUSED),
                Arguments.of("refused and not held", List.of(REFUSED, NOT_HELD), Outcome.REFUSED),
                Arguments.of("not an administrative document", List.of(NOT_AN_ADMINISTRATIVE_DOCUMENT), Outcome.REFUSED),
                Arguments.of("none held", List.of(NOT_HELD, NOT_HELD), Outcome.NOT_HELD),
                Arguments.of("not held or transferred", List.of(NOT_HELD, TRANSFERRED), Outcome.NOT_HELD),
                Arguments.of("not held, rest pending", List.of(NOT_HELD, PENDING), Outcome.NOT_HELD),
                Arguments.of("all transferred", List.of(TRANSFERRED, TRANSFERRED), Outcome.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("derived")
    void theRequestOutcomeIsDerivedFromItsItems(String name, List<ItemOutcome> items, Outcome expected) {
        assertEquals(expected, ItemRules.derive(items));
    }

    static Stream<Arguments> decisions() {
        Set<LegalGround> none = Set.of();
        Set<LegalGround> publicSafety = Set.of(LegalGround.CRPA_L311_5_2_D);
        RequestEventType answer = RequestEventType.ANSWER;
        return Stream.of(
                Arguments.of("pending, no event", PENDING, none, null, Regime.FR_CRPA, null, null, false, List.of()),
                Arguments.of("given by the answer", GIVEN, none, answer, Regime.FR_CRPA, null, null, false, List.of()),
                Arguments.of("refused on public safety", REFUSED, publicSafety, answer, Regime.FR_CRPA, null, null, false, List.of()),
                Arguments.of("redacted for business secrecy", GIVEN_REDACTED, Set.of(LegalGround.CRPA_L311_6_1_BUSINESS), answer,
                        Regime.FR_CRPA, null, null, false, List.of()),
                Arguments.of("redacted without saying why", GIVEN_REDACTED, none, answer, Regime.FR_CRPA, null, null, false, List.of()),
                Arguments.of("refused without ground", REFUSED, none, answer, Regime.FR_CRPA, null, null, false,
                        List.of("ground:GROUND_REQUIRED")),
                Arguments.of("a ground of another regime", REFUSED, Set.of(LegalGround.US_B5), answer, Regime.FR_CRPA, null, null,
                        false, List.of("ground:GROUND_OTHER_REGIME")),
                Arguments.of("not held with a ground", NOT_HELD, publicSafety, answer, Regime.FR_CRPA, null, null, false,
                        List.of("ground:GROUND_NOT_TAKEN")),
                Arguments.of("decided without event", GIVEN, none, null, Regime.FR_CRPA, null, null, false,
                        List.of("eventId:EVENT_REQUIRED")),
                Arguments.of("decided by the sending", GIVEN, none, RequestEventType.SENT, Regime.FR_CRPA, null, null, false,
                        List.of("eventId:EVENT_DECIDES_NOTHING")),
                Arguments.of("decided by the referral", REFUSED, publicSafety, RequestEventType.CADA_REFERRAL_SENT, Regime.FR_CRPA,
                        null, null, false, List.of("eventId:EVENT_DECIDES_NOTHING")),
                Arguments.of("transferred by the transfer", TRANSFERRED, none, RequestEventType.TRANSFERRED, Regime.FR_CRPA, null,
                        null, false, List.of()),
                Arguments.of("given after the avis", REFUSED, publicSafety, answer, Regime.FR_CRPA, Avis.FAVOURABLE, GIVEN, true,
                        List.of()),
                Arguments.of("an avis without any", REFUSED, publicSafety, answer, Regime.FR_CRPA, Avis.FAVOURABLE, null, false,
                        List.of("avis:AVIS_WITHOUT_REFERRAL")),
                Arguments.of("an avis outside the CRPA", REFUSED, Set.of(LegalGround.US_B7), answer, Regime.US_FOIA, Avis.FAVOURABLE,
                        null, true, List.of("avis:AVIS_WITHOUT_REFERRAL")),
                Arguments.of("US refusal on b(5)", REFUSED, Set.of(LegalGround.US_B5), answer, Regime.US_FOIA, null, null, false,
                        List.of()),
                Arguments.of("everything wrong", REFUSED, none, RequestEventType.SENT, Regime.FR_CRPA, null, null, false,
                        List.of("eventId:EVENT_DECIDES_NOTHING", "ground:GROUND_REQUIRED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void aDecisionOnAnItemIsChecked(String name, ItemOutcome outcome, Set<LegalGround> grounds, RequestEventType event,
            Regime regime, Avis avis, ItemOutcome afterAvis, boolean hasAvis, List<String> expected) {
        List<Violation> violations = ItemRules.check(outcome, grounds, event, regime, avis, afterAvis, hasAvis);
        assertEquals(expected, violations.stream().map(v -> v.field() + ":" + v.code().name()).toList());
    }

    static Stream<Arguments> ignored() {
        return Stream.of(
                Arguments.of("no avis", null, REFUSED, null, true, false),
                Arguments.of("unfavourable avis", Avis.UNFAVOURABLE, REFUSED, null, true, false),
                Arguments.of("favourable, given after it", Avis.FAVOURABLE, REFUSED, GIVEN, true, false),
                Arguments.of("favourable, refused again", Avis.FAVOURABLE, REFUSED, REFUSED, false, true),
                Arguments.of("favourable, request refused by silence", Avis.FAVOURABLE, REFUSED, null, true, true),
                Arguments.of("favourable, body still has time", Avis.FAVOURABLE, REFUSED, null, false, false),
                Arguments.of("partly favourable, redacted after it", Avis.PARTLY_FAVOURABLE, REFUSED, GIVEN_REDACTED, false, true),
                Arguments.of("favourable on an item given at once", Avis.FAVOURABLE, GIVEN, null, true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ignored")
    void aFavourableAvisIsNotFollowedPerItem(String name, Avis avis, ItemOutcome outcome, ItemOutcome afterAvis,
            boolean requestIgnored, boolean expected) {
        assertEquals(expected, ItemRules.favourableIgnored(avis, outcome, afterAvis, requestIgnored));
    }
}
