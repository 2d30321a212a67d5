package fr.vigie.request.item.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.Violation;
import fr.vigie.request.item.ItemCode;
import fr.vigie.web.ViolationTexts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The messages of the items' violations, one per code. */
@ApplicationScoped
public class ItemTexts implements ViolationTexts {

    @Override
    public String text(Violation v, Locale locale) {
        if (!(v.code() instanceof ItemCode code)) {
            return null;
        }
        ItemMsg msg = MessageBundles.get(ItemMsg.class, Localized.Literal.of(locale.getLanguage()));
        return switch (code) {
            case GROUND_REQUIRED -> msg.v_ground_required();
            case GROUND_OTHER_REGIME -> msg.v_ground_other_regime(String.valueOf(v.arg(0)), String.valueOf(v.arg(1)));
            case GROUND_NOT_TAKEN -> msg.v_ground_not_taken();
            case EVENT_REQUIRED -> msg.v_event_required();
            case EVENT_DECIDES_NOTHING -> msg.v_event_decides_nothing(String.valueOf(v.arg(0)));
            case EVENT_NOT_OF_REQUEST -> msg.v_event_not_of_request();
            case DOCUMENT_NOT_OF_REQUEST -> msg.v_document_not_of_request();
            case ITEM_MISSING -> msg.v_item_missing();
            case TOO_MANY_ITEMS -> msg.v_too_many_items(((Number) v.arg(0)).intValue());
            case TOO_MANY_VALUES -> msg.v_too_many_values(((Number) v.arg(0)).intValue());
            case AVIS_WITHOUT_REFERRAL -> msg.v_avis_without_referral();
            case DUPLICATE_ITEM -> msg.v_duplicate_item();
        };
    }
}
