package fr.vigie.request.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.publicbody.BodyMsg;
import fr.vigie.request.Visibility;
import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.NextStep;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.request.procedure.RequestEventType;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.request.procedure.SendingChannel;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every constant of every enum shown to people has its own label in each language: the labels list each
 * constant with no catch-all, so a constant added without a label renders empty, and this test fails.
 */
@QuarkusTest
class EnumLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = { "fr", "en" })
    void everyConstantHasItsOwnLabel(String language) {
        RequestPageMsg page = MessageBundles.get(RequestPageMsg.class, Localized.Literal.of(language));
        RequestMsg request = MessageBundles.get(RequestMsg.class, Localized.Literal.of(language));
        BodyMsg body = MessageBundles.get(BodyMsg.class, Localized.Literal.of(language));
        distinct(RequestStage.values(), page::stage);
        distinct(Regime.values(), page::regime);
        distinct(SendingChannel.values(), page::channel);
        distinct(Visibility.values(), v -> page.visibility(v.name()));
        distinct(Party.values(), p -> page.party(p.name()));
        distinct(RequestEventType.values(), t -> page.event(t.name()));
        distinct(Outcome.values(), o -> page.outcome(o.name()));
        distinct(Avis.values(), a -> page.avis(a.name()));
        distinct(RequestSearch.Sort.values(), page::sort);
        distinct(BodyKind.values(), body::kind);
        // some steps read alike on purpose (a response due, or due after an extension): present, not distinct
        for (NextStep step : NextStep.values()) {
            assertThat(request.action(step, "1er janvier 2026")).as(step + " in " + language).isNotBlank();
            // a step the requester must take by a date says what is still possible once the date has passed
            if (step.deadline() != null && step.party() == Party.REQUESTER && !step.deadline().name().endsWith("_FROM")) {
                assertThat(request.missed(step)).as("missed " + step + " in " + language).isNotBlank();
            }
        }
    }

    private static <E extends Enum<E>> void distinct(E[] constants, Function<E, String> label) {
        List<String> labels = Arrays.stream(constants).map(label).toList();
        for (int i = 0; i < constants.length; i++) {
            assertThat(labels.get(i)).as(constants[i].getDeclaringClass().getSimpleName() + "." + constants[i]).isNotBlank();
        }
        assertThat(labels).as(constants[0].getDeclaringClass().getSimpleName() + " labels").doesNotHaveDuplicates();
    }
}
