package fr.vigie.deadline;

import static fr.vigie.deadline.period.DateText.format;
import static fr.vigie.deadline.period.DateText.isFrench;

import java.util.Locale;

/** Writes a {@link Warning} in French or English: what happened, the rule, what the chain does, what to do. */
final class WarningText {

    private WarningText() {
    }

    static String write(Warning warning, Locale locale) {
        boolean fr = isFrench(locale);
        String label = warning.event().label().in(locale);
        String event = capitalized(label, locale);
        String date = format(warning.date(), locale);
        String reference = warning.reference() == null ? "" : format(warning.reference(), locale);
        return switch (warning.code()) {
            case PREMATURE_CADA_REFERRAL -> fr
                    ? "Saisine de la CADA prématurée (" + label + " le " + date + ") : aucun refus n'existait encore, "
                            + "le refus implicite ne naît que le " + reference + ". La CADA la déclarera irrecevable (R343-1 : la saisine suit "
                            + "un refus) ; le calcul l'ignore. Saisissez de nouveau la CADA après le refus et enregistrez cette saisine à la place."
                    : "Premature referral to the CADA (" + label + " on " + date + "): no refusal existed yet, the "
                            + "implicit refusal only arises on " + reference + ". The CADA will declare it inadmissible (R343-1: the referral "
                            + "follows a refusal); the chain ignores it. Refer again once refused, and record that referral instead.";
            case LATE_CADA_REFERRAL -> fr
                    ? "Saisine de la CADA tardive : envoyée le " + date + ", après la fin du délai (dernier jour : " + reference
                            + " ; R343-1). La CADA la déclarera irrecevable ; le calcul l'ignore. Conseil : présentez une nouvelle demande "
                            + "de communication, qui ouvre de nouveaux délais."
                    : "Late referral to the CADA: sent on " + date + ", after the period ran out (last day: " + reference
                            + "; R343-1). The CADA will declare it inadmissible; the chain ignores it. Advice: make a new request for the "
                            + "documents, which opens new periods.";
            case REASONS_REQUEST_WITHOUT_IMPLICIT_REFUSAL -> fr
                    ? "Demande des motifs du " + date + " alors qu'aucun refus implicite n'existait à cette date : l'article L232-4 ne vise "
                            + "que les décisions implicites de rejet (une décision expresse est déjà motivée). L'administration n'est pas "
                            + "tenue d'y répondre et le délai de recours n'est pas prorogé ; le calcul l'ignore."
                    : "Reasons asked on " + date + " while no implicit refusal existed on that date: L232-4 only applies to implicit "
                            + "refusals (an express decision already states its reasons). The body need not answer it and the court "
                            + "period is not prolonged; the chain ignores it.";
            case CONFIRMATORY_DECISION -> fr
                    ? event + " le " + date + ", après l'expiration du délai de recours contre la décision précédente (dernier jour : "
                            + reference + ") : une décision qui ne fait que confirmer une décision devenue définitive ne rouvre pas le "
                            + "délai (CJA R421-2 al. 1 : seule une décision expresse intervenue avant l'expiration du délai le fait courir "
                            + "à nouveau) ; le calcul l'ignore."
                    : event + " on " + date + ", after the period against the previous decision ran out (last day: " + reference
                            + "): a decision that merely confirms a decision that has become final does not reopen the period (CJA R421-2 "
                            + "para. 1: only an express decision made before the period ran out restarts it); the chain ignores it.";
            case REFERRAL_ALREADY_MADE -> fr
                    ? "Refus exprès notifié le " + date + ", après la saisine de la CADA du " + reference + " : cette saisine reste "
                            + "valable (L342-1), inutile d'en faire une nouvelle ; le calcul garde le délai ouvert par le refus implicite."
                    : "Express refusal notified on " + date + ", after the referral to the CADA of " + reference + ": that referral "
                            + "stands (L342-1), no new one is needed; the chain keeps the period opened by the implicit refusal.";
            case RECOURS_GRACIEUX_BEFORE_CADA -> fr
                    ? "Recours gracieux reçu le " + date + " avant toute décision prise après la saisine de la CADA : il ne remplace pas "
                            + "la saisine obligatoire de la CADA (L342-1) et n'en interrompt pas le délai (R343-1) ; le calcul l'ignore."
                    : "Recours gracieux received on " + date + " before any decision taken after the referral to the CADA: it neither "
                            + "replaces the mandatory referral (L342-1) nor interrupts its period (R343-1); the chain ignores it.";
            case LATE_RECOURS_GRACIEUX -> fr
                    ? "Recours gracieux reçu le " + date + ", après l'expiration du délai de recours contentieux (dernier jour : "
                            + reference + ") : il n'interrompt pas un délai expiré (CRPA L411-2 ; le délai de distance ne profite pas au "
                            + "recours gracieux, CE Sect. 5 janvier 2000 n° 170954) ; le calcul l'ignore."
                    : "Recours gracieux received on " + date + ", after the court period ran out (last day: " + reference + "): it "
                            + "does not interrupt a period that has run out (CRPA L411-2; the distance period does not extend it, CE Sect. "
                            + "5 January 2000 no. 170954); the chain ignores it.";
            case LATE_LEGAL_AID_REQUEST -> fr
                    ? "Demande d'aide juridictionnelle du " + date + ", après l'expiration du délai de recours (dernier jour : " + reference
                            + ") : elle ne l'interrompt pas (décret 2020-1717 art. 43) ; le calcul l'ignore."
                    : "Legal aid applied for on " + date + ", after the court period ran out (last day: " + reference + "): it does "
                            + "not interrupt it (décret 2020-1717 art. 43); the chain ignores it.";
            case LATE_EXTENSION -> fr
                    ? "Prolongation notifiée le " + date + ", après l'échéance du délai initial (" + reference + ") : elle n'est pas "
                            + "valable ; le calcul garde l'échéance initiale."
                    : "Extension notified on " + date + ", after the first due date (" + reference + "): it is not valid; the chain "
                            + "keeps the first due date.";
            case APPEAL_PERIOD_SET_BY_AGENCY -> fr
                    ? event + " le " + date + " sur une demande antérieure au FOIA Improvement Act 2016 (applicable aux demandes faites "
                            + "après le " + reference + ") : le délai du recours administratif est fixé par le règlement FOIA de l'agence, "
                            + "pas par la loi ; vérifiez-le."
                    : event + " on " + date + " of a request made before the FOIA Improvement Act 2016 applied (requests made after "
                            + reference + "): the time to appeal is set by the agency's FOIA regulation, not by the statute; check it.";
            case LATE_OBJECTION -> fr
                    ? "Opposition (Widerspruch) déposée le " + date + ", après le délai d'un mois (dernier jour : " + reference
                            + " ; VwGO §70) : l'autorité peut la rejeter comme irrecevable."
                    : "Objection (Widerspruch) filed on " + date + ", after the one-month period (last day: " + reference
                            + "; VwGO §70): the authority may reject it as inadmissible.";
        };
    }

    private static String capitalized(String text, Locale locale) {
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
