package fr.vigie.mail;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.Violation;
import fr.vigie.web.ViolationTexts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The messages of mail's violations, one per {@link MailCode}. */
@ApplicationScoped
public class MailTexts implements ViolationTexts {

    @Override
    public String text(Violation v, Locale locale) {
        if (!(v.code() instanceof MailCode code)) {
            return null;
        }
        MailMsg msg = MessageBundles.get(MailMsg.class, Localized.Literal.of(locale.getLanguage()));
        return switch (code) {
            case NOT_CONFIGURED -> msg.v_not_configured();
            case BAD_ADDRESS -> msg.v_bad_address();
            case HEADER_BREAK -> msg.v_header_break();
            case WRONG_STATUS -> msg.v_wrong_status(String.valueOf(v.arg(0)));
            case NOT_MAIL -> msg.v_not_mail();
            case TOO_MANY_MESSAGES -> msg.v_too_many(((Number) v.arg(0)).intValue());
            case DATE_PAST, TOO_MANY_REMINDERS -> reminderText(code, v, locale);
        };
    }

    private static String reminderText(MailCode code, Violation v, Locale locale) {
        RemindMsg msg = MessageBundles.get(RemindMsg.class, Localized.Literal.of(locale.getLanguage()));
        return switch (code) {
            case DATE_PAST -> msg.v_date_past();
            default -> msg.v_too_many(((Number) v.arg(0)).intValue());
        };
    }
}
