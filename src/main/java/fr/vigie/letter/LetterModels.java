package fr.vigie.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.Regime;
import fr.vigie.letter.LetterFacts.Happened;
import fr.vigie.letter.identity.RequesterIdentity;

/** Builds the {@link LetterModel} of a request: its facts written out in the letter's language. */
final class LetterModels {

    private LetterModels() {
    }

    static LetterModel build(LetterFacts f, List<Grouping.Member> members, RequesterIdentity identity, LocalDate today) {
        LetterLanguage lang = LetterLanguage.of(f.regime());
        Words w = new Words(lang);
        Signer signer = Signer.of(identity, lang);
        LetterFacts.Refusal refusal = f.refusal(today).orElse(null);
        Optional<LocalDate> due = f.deadline(DeadlineKey.EXTENDED_RESPONSE_DUE).or(() -> f.deadline(DeadlineKey.RESPONSE_DUE))
                .or(() -> f.deadline(DeadlineKey.IMPLICIT_REFUSAL));
        Optional<LocalDate> cadaBy = members.stream().map(Grouping.Member::actBy).filter(d -> d != null).min(LocalDate::compareTo)
                .or(() -> f.deadline(DeadlineKey.CADA_REFERRAL_BY));
        Optional<LocalDate> courtBy = f.deadline(DeadlineKey.COURT_BY);
        Optional<Happened> avis = f.first("CADA_AVIS");
        String text = f.text().strip();
        LetterModel.Request request = new LetterModel.Request(f.title(), text, isWholeLetter(text), f.bodyReference(),
                f.cadaCaseNumber());
        return new LetterModel(request, party(f.body(), lang), signer,
                w.date(f.sentOn(), "date d'envoi de la demande", "date the request was sent", "Datum des Antrags"),
                f.receipt() == null ? null : lang.date(f.receipt()), f.receiptEstimated(), refusal(refusal, w),
                f.implicitRefusal(today).map(lang::date).orElse(null),
                w.date(f.deadline(DeadlineKey.IMPLICIT_REFUSAL), "date du refus implicite", "date of the implicit refusal", "Datum"),
                f.first("REASONS_ASKED").map(h -> lang.date(h.date())).orElse(null),
                w.date(due, "date de réponse due", "date the response is due", "Antwortfrist"),
                due.map(today::isAfter).orElse(false),
                w.date(cadaBy, "date limite de saisine de la CADA", "CADA deadline", "Frist"), cadaBy.isPresent(),
                w.date(courtBy, "date limite du recours", "court deadline", "Klagefrist"), courtBy.isPresent(),
                w.date(f.deadline(DeadlineKey.APPEAL_BY), "date", "appeal deadline (90 days from the determination)", "Frist"),
                w.date(f.deadline(DeadlineKey.OBJECTION_BY), "date", "deadline", "Ende der Widerspruchsfrist"),
                w.date(f.first("CADA_REFERRAL_SENT").map(Happened::date), "date de la saisine de la CADA", "date", "Datum"),
                f.first("CADA_REGISTERED").map(h -> lang.date(h.date())).orElse(null),
                avis.map(a -> new LetterModel.AvisView(lang.date(a.date()), avisLabel(a.avis()))).orElse(null),
                f.first("DECISION_AFTER_AVIS").filter(Happened::refusal).map(h -> lang.date(h.date())).orElse(null),
                w.date(f.deadline(DeadlineKey.CONFIRMED_REFUSAL), "date du refus confirmé", "date", "Datum"),
                members.stream().map(m -> member(m, lang, w)).toList(),
                Blanks.of(lang, "tribunal dans le ressort duquel l'administration a son siège (article R312-1 du code de justice administrative)"),
                signer.place(), lang.date(today), f.regime() == Regime.FR_GDPR, f.regime() == Regime.US_FOIA,
                f.itemsNotGiven().stream().map(i -> itemView(i, lang)).toList());
    }

    /** A document not given, in the letter's language (French for French regimes, English otherwise). */
    static LetterModel.ItemView itemView(LetterFacts.AskedItem item, LetterLanguage lang) {
        boolean fr = lang.isFrench();
        String fate = switch (item.outcome()) {
            case "REFUSED" -> fr ? "refusé" : "refused";
            case "GIVEN_REDACTED" -> fr ? "communiqué avec des occultations" : "given with redactions";
            case "NOT_HELD" -> fr ? "déclaré inexistant ou non détenu" : "said not to be held";
            case "NOT_AN_ADMINISTRATIVE_DOCUMENT" -> fr ? "présenté comme n'étant pas un document administratif"
                    : "said not to be a record subject to the law";
            case "TRANSFERRED" -> fr ? "transmis à une autre administration" : "transferred to another body";
            default -> fr ? "resté sans réponse" : "not answered";
        };
        String grounds = String.join(" ; ", item.grounds().stream().map(t -> fr ? t.fr() : t.en()).toList());
        return new LetterModel.ItemView(item.label(), fate, grounds.isEmpty() ? null : grounds);
    }

    /** The request's text is a whole letter when it opens with its subject line, as the built-in letters do. */
    static boolean isWholeLetter(String text) {
        String start = text.length() > 10 ? text.substring(0, 10).toLowerCase(java.util.Locale.ROOT) : text.toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("objet") || start.startsWith("subject") || start.startsWith("betreff");
    }

    static LetterModel.Party party(LetterFacts.Body body, LetterLanguage lang) {
        String address = body.postalAddress() == null || body.postalAddress().isBlank() ? null
                : String.join(", ", body.postalAddress().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return new LetterModel.Party(body.name(), address, body.email(), body.prada());
    }

    private static LetterModel.RefusalView refusal(LetterFacts.Refusal r, Words w) {
        if (r == null) {
            return new LetterModel.RefusalView(false, false, w.blank("date du refus", "date of the refusal", "Datum des Bescheids"),
                    w.blank("nature du refus", "nature of the refusal", "Inhalt des Bescheids"));
        }
        return new LetterModel.RefusalView(true, r.implicit(), w.lang().date(r.date()), outcome(r.outcome(), w.lang()));
    }

    private static LetterModel.Member member(Grouping.Member m, LetterLanguage lang, Words w) {
        LetterFacts f = m.facts();
        String refusal = m.refusal().implicit()
                ? "refus implicite né le " + lang.date(m.refusal().date()) + ", faute de réponse dans le délai d'un mois (article R311-13 du CRPA)"
                : outcome(m.refusal().outcome(), lang) + " par décision du " + lang.date(m.refusal().date());
        return new LetterModel.Member(f.body().name(), party(f.body(), lang).address(),
                w.date(f.sentOn(), "date d'envoi", "date", "Datum"), f.receipt() == null ? null : lang.date(f.receipt()),
                refusal, m.refusal().implicit(), lang.date(m.refusal().date()),
                w.date(Optional.ofNullable(m.actBy()), "date limite", "date", "Datum"));
    }

    /** What an express answer opposed, as the object of "a opposé" / "gave" / "(…)". */
    static String outcome(String outcome, LetterLanguage lang) {
        String o = outcome == null ? "REFUSED" : outcome;
        return switch (lang) {
            case FR -> switch (o) {
                case "PARTIAL" -> "un refus partiel, ne me communiquant qu'une partie des documents";
                case "NOT_HELD" -> "une réponse indiquant ne pas détenir les documents";
                default -> "un refus";
            };
            case EN_US, EN_GB -> switch (o) {
                case "PARTIAL" -> "a partial refusal, withholding part of what I asked for";
                case "NOT_HELD" -> "a response that the records are not held";
                default -> "a refusal";
            };
            case DE -> switch (o) {
                case "PARTIAL" -> "teilweise Ablehnung";
                case "NOT_HELD" -> "Ablehnung, da die Informationen nicht vorlägen";
                default -> "Ablehnung";
            };
        };
    }

    private static String avisLabel(String avis) {
        return switch (avis == null ? "" : avis) {
            case "FAVOURABLE" -> "favorable";
            case "UNFAVOURABLE" -> "défavorable";
            case "PARTLY_FAVOURABLE" -> "partiellement favorable";
            case "INADMISSIBLE" -> "d'irrecevabilité";
            case "NO_LONGER_RELEVANT" -> "constatant que la demande est devenue sans objet";
            default -> Blanks.of(LetterLanguage.FR, "sens de l'avis");
        };
    }

    /** Dates and notes in one language. */
    private record Words(LetterLanguage lang) {
        String date(Optional<LocalDate> date, String fr, String en, String de) {
            return date.map(lang::date).orElseGet(() -> blank(fr, en, de));
        }

        String blank(String fr, String en, String de) {
            return Blanks.of(lang, switch (lang) {
                case FR -> fr;
                case EN_US, EN_GB -> en;
                case DE -> de;
            });
        }
    }
}
