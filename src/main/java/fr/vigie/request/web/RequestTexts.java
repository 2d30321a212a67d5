package fr.vigie.request.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.Violation;
import fr.vigie.deadline.Text;
import fr.vigie.request.RequestCode;
import fr.vigie.request.document.DocumentCode;
import fr.vigie.request.procedure.ProcedureCode;
import fr.vigie.web.Msg;
import fr.vigie.web.ViolationTexts;
import fr.vigie.web.Violations;
import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The messages of the request core's violations: the procedure's, the writer's and the files'. One per code. */
@ApplicationScoped
public class RequestTexts implements ViolationTexts {

    @Override
    public String text(Violation v, Locale locale) {
        RequestMsg rmsg = bundle(RequestMsg.class, locale);
        if (v.code() instanceof ProcedureCode code) {
            return procedure(code, v, rmsg, locale);
        }
        if (v.code() instanceof RequestCode code) {
            return switch (code) {
                case BODY_MISSING -> bundle(Msg.class, locale).v_parent_missing();
                case SAME_BODY -> rmsg.v_same_body();
                case EVENT_MISSING -> rmsg.v_event_missing();
                case IDENTITY_NOT_YOURS -> rmsg.v_identity_not_yours();
                case TAGS -> rmsg.v_tags(((Number) v.arg(0)).intValue(), ((Number) v.arg(1)).intValue());
                case RESIDENCE_NOT_IN_REGIME -> rmsg.v_residence_not_in_regime();
            };
        }
        if (v.code() instanceof DocumentCode code) {
            DocumentMsg dmsg = bundle(DocumentMsg.class, locale);
            return switch (code) {
                case FILE_TOO_LARGE -> v.arg(0) + " : " + bundle(Msg.class, locale).v_file_too_large(((Number) v.arg(1)).intValue());
                case FILE_EMPTY -> dmsg.v_empty(String.valueOf(v.arg(0)));
                case FILE_DISGUISED -> dmsg.v_disguised(String.valueOf(v.arg(0)), String.valueOf(v.arg(1)), String.valueOf(v.arg(2)));
                case FILE_ACTIVE -> dmsg.v_active(String.valueOf(v.arg(0)), String.valueOf(v.arg(1)));
                case TOO_MANY_FILES -> dmsg.v_too_many(((Number) v.arg(0)).intValue());
            };
        }
        return null;
    }

    private static String procedure(ProcedureCode code, Violation v, RequestMsg rmsg, Locale locale) {
        return switch (code) {
            case DATE_IN_FUTURE -> rmsg.v_date_future();
            case DATE_TOO_OLD -> rmsg.v_date_old();
            case TYPE_NOT_IN_REGIME -> rmsg.v_type_regime(String.valueOf(v.arg(0)));
            case HAPPENS_ONCE -> rmsg.v_once();
            case NEEDS_EARLIER -> rmsg.v_needs(String.valueOf(v.arg(0)));
            case AFTER_END -> rmsg.v_after_end();
            case REFERRAL_BEFORE_REFUSAL -> rmsg.v_referral_before_refusal(String.valueOf(v.arg(0)));
            case REQUIRED_FOR_TYPE -> rmsg.v_required_for_type();
            case ENGINE_REFUSED -> ((Text) v.arg(0)).in(locale);
            case DELETE_BREAKS_TIMELINE -> rmsg.v_delete_breaks(Arc.container().instance(Violations.class).get()
                    .text((Violation) v.arg(0), locale));
        };
    }

    private static <T> T bundle(Class<T> type, Locale locale) {
        return MessageBundles.get(type, Localized.Literal.of(locale.getLanguage()));
    }
}
