package fr.vigie.campaign;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.Violation;
import fr.vigie.web.ViolationTexts;
import fr.vigie.web.Violations;
import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The messages of the campaigns' violations, one per code; a refusal the writer gave is worded by its own feature. */
@ApplicationScoped
public class CampaignTexts implements ViolationTexts {

    @Override
    public String text(Violation v, Locale locale) {
        if (!(v.code() instanceof CampaignCode code)) {
            return null;
        }
        CampaignMsg m = MessageBundles.get(CampaignMsg.class, Localized.Literal.of(locale.getLanguage()));
        return switch (code) {
            case NO_BODY -> m.v_no_body();
            case TOO_MANY_BODIES -> m.v_too_many(((Number) v.arg(0)).intValue());
            case BODY_UNKNOWN -> m.v_body_unknown(String.valueOf(v.arg(0)));
            case BODY_REFUSED -> m.v_body_refused(String.valueOf(v.arg(0)), inner((Violation) v.arg(1), locale));
            case BODY_ALREADY_IN -> m.v_body_already(String.valueOf(v.arg(0)));
            case NO_REQUEST -> m.v_no_request();
            case NOT_IN_CAMPAIGN -> m.v_not_in_campaign(String.valueOf(v.arg(0)));
            case REQUEST_REFUSED -> m.v_request_refused(String.valueOf(v.arg(0)), inner((Violation) v.arg(1), locale));
            case NAMES_UNKNOWN -> m.v_names_unknown(String.valueOf(v.arg(0)));
        };
    }

    private static String inner(Violation v, Locale locale) {
        String text = Arc.container().instance(Violations.class).get().text(v, locale);
        return v.field() + " : " + text + (text.endsWith(".") ? "" : ".");
    }
}
