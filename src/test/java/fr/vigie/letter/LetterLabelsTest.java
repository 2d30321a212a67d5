package fr.vigie.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.letter.identity.Civility;
import fr.vigie.letter.identity.IdentityKind;
import fr.vigie.letter.identity.IdentityMsg;
import fr.vigie.letter.identity.RequesterIdentity;
import fr.vigie.request.procedure.SendingChannel;
import io.quarkus.qute.i18n.Message;

/** Every enum label is one message key per constant, in French and in English; the channels match the core's. */
class LetterLabelsTest {

    static Stream<Arguments> enums() {
        return Stream.of(Arguments.of(LetterKind.class, "kind_", LetterMsg.class, "lmsg"),
                Arguments.of(LetterWindow.Timing.class, "timing_", LetterMsg.class, "lmsg"),
                Arguments.of(LetterWindow.Reason.class, "reason_", LetterMsg.class, "lmsg"),
                Arguments.of(LetterChannel.class, "channel_", LetterMsg.class, "lmsg"),
                Arguments.of(IdentityKind.class, "kind_", IdentityMsg.class, "idmsg"),
                Arguments.of(Civility.class, "civility_", IdentityMsg.class, "idmsg"),
                Arguments.of(RequesterIdentity.Field.class, "field_", IdentityMsg.class, "idmsg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void oneKeyPerConstant(Class<? extends Enum<?>> type, String prefix, Class<?> bundle, String name) throws Exception {
        Properties english = new Properties();
        try (InputStream in = bundle.getResourceAsStream("/messages/" + name + "_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Enum<?> constant : type.getEnumConstants()) {
            String key = prefix + constant.name();
            assertThat(Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.getName().equals(key))
                    .filter(m -> m.isAnnotationPresent(Message.class)).map(m -> m.getAnnotation(Message.class).value()))
                    .as("French " + key).singleElement().asString().isNotBlank();
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void labelsOfConstantsDiffer(Class<? extends Enum<?>> type, String prefix, Class<?> bundle, String name) {
        long distinct = Arrays.stream(type.getEnumConstants()).map(c -> Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> m.getName().equals(prefix + c.name())).findFirst().orElseThrow().getAnnotation(Message.class).value())
                .distinct().count();
        assertThat(distinct).isEqualTo(type.getEnumConstants().length);
    }

    @org.junit.jupiter.api.Test
    void channelsAreTheCoresSendingChannels() {
        assertThat(Arrays.stream(LetterChannel.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(SendingChannel.values()).map(Enum::name).toList());
    }
}
