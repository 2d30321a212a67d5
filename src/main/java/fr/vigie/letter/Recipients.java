package fr.vigie.letter;

import java.util.ArrayList;
import java.util.List;

import fr.vigie.app.VigieConfig;
import fr.vigie.deadline.Regime;

/** Who a letter is addressed to: the body, the CADA, the CNIL or the court, as lines of the address block. */
final class Recipients {

    private Recipients() {
    }

    static List<String> of(LetterKind kind, LetterFacts f, VigieConfig.Letters config) {
        LetterLanguage lang = LetterLanguage.of(f.regime());
        return switch (kind) {
            case CADA_REFERRAL, GROUPED_CADA_REFERRAL -> {
                List<String> lines = new ArrayList<>(config.cadaAddress());
                lines.add("Courriel : " + config.cadaEmail());
                yield lines;
            }
            case CNIL_COMPLAINT -> List.copyOf(config.cnilAddress());
            case COURT_APPLICATION -> List.of("Greffe du tribunal administratif",
                    Blanks.of(lang, "tribunal compétent et son adresse (article R312-1 du code de justice administrative)"));
            default -> body(f, lang);
        };
    }

    private static List<String> body(LetterFacts f, LetterLanguage lang) {
        List<String> lines = new ArrayList<>();
        lines.add(f.body().name());
        String prada = f.body().prada();
        if (f.regime() == Regime.FR_CRPA && prada != null && !prada.isBlank()) {
            lines.add("À l'attention de la personne responsable de l'accès aux documents administratifs (PRADA) : "
                    + String.join(", ", prada.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
        }
        String address = f.body().postalAddress();
        if (address == null || address.isBlank()) {
            lines.add(Blanks.of(lang, switch (lang) {
                case FR -> "adresse postale de l'organisme (fiche de l'organisme)";
                case DE -> "Anschrift der Behörde";
                case EN_US, EN_GB -> "the body's postal address";
            }));
        } else {
            address.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        if (f.body().email() != null && !f.body().email().isBlank()) {
            lines.add(f.body().email());
        }
        return lines;
    }
}
