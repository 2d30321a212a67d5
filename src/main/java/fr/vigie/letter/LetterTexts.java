package fr.vigie.letter;

import fr.vigie.deadline.Regime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The text of each letter, from its Qute template in templates/letters/ (checked at build time). */
final class LetterTexts {

    @CheckedTemplate(basePath = "letters", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance requestCrpa(LetterModel m);

        static native TemplateInstance requestGdpr(LetterModel m);

        static native TemplateInstance requestUsFoia(LetterModel m);

        static native TemplateInstance requestUkFoia(LetterModel m);

        static native TemplateInstance requestIfg(LetterModel m);

        static native TemplateInstance reminderFr(LetterModel m);

        static native TemplateInstance reminderEn(LetterModel m);

        static native TemplateInstance reminderDe(LetterModel m);

        static native TemplateInstance reasonsRequest(LetterModel m);

        static native TemplateInstance cadaReferral(LetterModel m);

        static native TemplateInstance groupedCadaReferral(LetterModel m);

        static native TemplateInstance recoursGracieux(LetterModel m);

        static native TemplateInstance courtApplication(LetterModel m);

        static native TemplateInstance cnilComplaint(LetterModel m);

        static native TemplateInstance foiaAppeal(LetterModel m);

        static native TemplateInstance internalReview(LetterModel m);

        static native TemplateInstance widerspruch(LetterModel m);
    }

    private LetterTexts() {
    }

    /** The letter of {@code kind} for a request under {@code regime} (the kind must apply to the regime). */
    static String render(LetterKind kind, Regime regime, LetterModel m) {
        TemplateInstance t = switch (kind) {
            case REQUEST -> switch (regime) {
                case FR_CRPA -> Templates.requestCrpa(m);
                case FR_GDPR -> Templates.requestGdpr(m);
                case US_FOIA -> Templates.requestUsFoia(m);
                case UK_FOIA -> Templates.requestUkFoia(m);
                case DE_IFG -> Templates.requestIfg(m);
            };
            case REMINDER -> switch (LetterLanguage.of(regime)) {
                case FR -> Templates.reminderFr(m);
                case EN_US, EN_GB -> Templates.reminderEn(m);
                case DE -> Templates.reminderDe(m);
            };
            case REASONS_REQUEST -> Templates.reasonsRequest(m);
            case CADA_REFERRAL -> Templates.cadaReferral(m);
            case GROUPED_CADA_REFERRAL -> Templates.groupedCadaReferral(m);
            case RECOURS_GRACIEUX -> Templates.recoursGracieux(m);
            case COURT_APPLICATION -> Templates.courtApplication(m);
            case CNIL_COMPLAINT -> Templates.cnilComplaint(m);
            case FOIA_APPEAL -> Templates.foiaAppeal(m);
            case INTERNAL_REVIEW -> Templates.internalReview(m);
            case WIDERSPRUCH -> Templates.widerspruch(m);
        };
        return tidy(t.render());
    }

    /** No trailing spaces, at most one blank line in a row, one final newline. */
    static String tidy(String text) {
        String lines = String.join("\n", text.replace("\r\n", "\n").lines().map(String::stripTrailing).toList());
        return lines.replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
