package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every French text has its English translation: a missing one would silently show French to English users. */
class EnglishMessagesTest {

    @ParameterizedTest
    @ValueSource(classes = { Msg.class, fr.vigie.account.AccountMsg.class, fr.vigie.publicbody.BodyMsg.class,
            fr.vigie.request.web.RequestMsg.class, fr.vigie.request.web.RequestPageMsg.class, fr.vigie.dashboard.DashboardMsg.class,
            fr.vigie.request.web.DocumentMsg.class, fr.vigie.calculator.CalcMsg.class, fr.vigie.ops.OpsMsg.class,
            fr.vigie.letter.LetterMsg.class, fr.vigie.letter.identity.IdentityMsg.class,
            fr.vigie.search.SearchMsg.class, fr.vigie.campaign.CampaignMsg.class, fr.vigie.mail.MailMsg.class,
            fr.vigie.mail.RemindMsg.class, fr.vigie.account.TwoFactorMsg.class })
    void everyMessageIsTranslated(Class<?> bundle) throws Exception {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties english = new Properties();
        try (InputStream in = bundle.getResourceAsStream("/messages/" + name + "_en.properties")) {
            assertThat(in).as("messages/" + name + "_en.properties").isNotNull();
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(keys).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(keys);
        assertThat(keys).containsAll(english.stringPropertyNames());
    }
}
