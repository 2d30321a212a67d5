package fr.vigie.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.FormCode;
import fr.vigie.app.Violation;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The messages of the violations any form can have ({@link FormCode}); one per code, checked by the compiler. */
@ApplicationScoped
public class FormTexts implements ViolationTexts {

    @Override
    public String text(Violation v, Locale locale) {
        if (!(v.code() instanceof FormCode code)) {
            return null;
        }
        Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(locale.getLanguage()));
        return switch (code) {
            case REQUIRED -> msg.v_required();
            case TOO_LONG -> msg.v_too_long(((Number) v.arg(0)).intValue());
            case FORBIDDEN_CHARACTERS -> msg.v_control_chars();
            case NOT_ONE_OF -> msg.v_enum(String.valueOf(v.arg(0)));
            case NOT_A_DATE -> msg.v_date();
            case NOT_AN_ID -> msg.v_int_range(Long.MAX_VALUE);
            case NOT_A_FLAG -> msg.v_flag();
            case VERSION_REQUIRED -> msg.v_version_required();
            case STALE_VERSION -> msg.v_version_stale();
            case NOT_FOUND -> msg.error_notfound_detail();
        };
    }
}
