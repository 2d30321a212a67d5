package fr.vigie.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.vigie.deadline.Regime;

/** Which letter each regime has, which carries each next step, and which event sending it records. */
class LetterKindTest {

    @ParameterizedTest
    @CsvSource({ "FR_CRPA, REQUEST REMINDER REASONS_REQUEST CADA_REFERRAL GROUPED_CADA_REFERRAL RECOURS_GRACIEUX COURT_APPLICATION",
        "FR_GDPR, REQUEST REMINDER CNIL_COMPLAINT", "US_FOIA, REQUEST REMINDER FOIA_APPEAL",
        "UK_FOIA, REQUEST REMINDER INTERNAL_REVIEW", "DE_IFG, REQUEST REMINDER WIDERSPRUCH" })
    void lettersOfEachRegime(Regime regime, String kinds) {
        assertThat(Arrays.stream(LetterKind.values()).filter(k -> k.appliesTo(regime)).map(Enum::name))
                .containsExactly(kinds.split(" "));
    }

    @ParameterizedTest
    @CsvSource({ "SEND, REQUEST", "IMPLICIT_REFUSAL, REMINDER", "CADA_REFERRAL_BY, CADA_REFERRAL", "COURT_BY, COURT_APPLICATION",
        "APPEAL_BY, FOIA_APPEAL", "REQUEST_INTERNAL_REVIEW, INTERNAL_REVIEW", "OBJECTION_BY, WIDERSPRUCH",
        "COMPLAIN_TO_CNIL, CNIL_COMPLAINT" })
    void theLetterOfEachNextStep(String step, LetterKind kind) {
        assertThat(LetterKind.forNextStep(fr.vigie.request.procedure.NextStep.valueOf(step))).contains(kind);
    }

    @Test
    void stepsForOthersHaveNoLetter() {
        assertThat(LetterKind.forNextStep(fr.vigie.request.procedure.NextStep.CADA_AVIS_DUE)).isEmpty();
        assertThat(LetterKind.forNextStep(fr.vigie.request.procedure.NextStep.FOLLOW_COURT_CASE)).isEmpty();
        assertThat(LetterKind.forNextStep(null)).isEmpty();
        assertThat(LetterKind.parse("cada_referral")).isEmpty();
    }

    @Test
    void sendingRecordsTheMatchingEvent() {
        assertThat(LetterKind.CADA_REFERRAL.eventType()).isEqualTo("CADA_REFERRAL_SENT");
        assertThat(LetterKind.GROUPED_CADA_REFERRAL.eventType()).isEqualTo("CADA_REFERRAL_SENT");
        assertThat(LetterKind.COURT_APPLICATION.eventType()).isEqualTo("COURT_FILED");
        assertThat(LetterKind.REMINDER.eventType()).isNull();
        assertThat(Arrays.stream(LetterKind.values()).map(LetterKind::eventType).filter(t -> t != null))
                .allMatch(t -> Arrays.stream(fr.vigie.request.procedure.RequestEventType.values()).anyMatch(e -> e.name().equals(t)));
    }
}
