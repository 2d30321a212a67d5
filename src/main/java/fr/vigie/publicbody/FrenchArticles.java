package fr.vigie.publicbody;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A body's name as a French sentence needs it: "la Commune de Roubaix", "au Ministère de l'Intérieur", "de
 * l'Office français de l'immigration". Letters say "j'ai demandé à la commune", never "à Commune de Roubaix". The
 * article comes from the name's first word, a noun of French administration whose gender is known; a name that
 * already starts with an article keeps it as written and contracts it ("Le Havre": "au Havre", "La Poste": "à La
 * Poste"); any other name, a place or a brand, takes none ("Roubaix": "à Roubaix", "d'Aix-les-Bains").
 */
public final class FrenchArticles {

    /** OWN: the name starts with its own article. */
    private enum Article { MASCULINE, FEMININE, PLURAL, NONE, OWN }

    /** The first words of administration names and their gender (lower case, accents kept). */
    private static final Map<String, Article> NOUNS = nouns(
            "préfecture sous-préfecture commune mairie ville direction sous-direction gendarmerie police région "
            + "métropole communauté commission autorité agence caisse brigade compagnie délégation inspection "
            + "université assemblée chambre cour circonscription collectivité fédération division garde présidence "
            + "haute maison municipalité régie société section unité école administration académie ambassade "
            + "juridiction zone mission cellule plateforme plate-forme intercommunalité",
            "ministère service conseil département centre commissariat groupement secrétariat syndicat tribunal "
            + "bureau cabinet haut-commissariat haut parquet pôle port musée district comité premier sénat "
            + "parlement gouvernement défenseur contrôleur médiateur office établissement institut hôpital hôtel "
            + "état-major observatoire commandement laboratoire préfet maire président directeur procureur "
            + "commissaire conservatoire rectorat consulat",
            "services archives hospices");

    private FrenchArticles() {
    }

    /** "la Commune de Roubaix", "le Ministère de l'Intérieur", "l'Office...", "les Services...", "Roubaix", "La Poste". */
    public static String the(String name) {
        Named n = Named.of(name);
        return switch (n.article) {
            case OWN, NONE -> n.name;
            case PLURAL -> "les " + n.name;
            case MASCULINE -> n.elided ? "l'" + n.name : "le " + n.name;
            case FEMININE -> n.elided ? "l'" + n.name : "la " + n.name;
        };
    }

    /** The same at the start of a sentence: "La Commune de Roubaix", "Le Havre". */
    public static String theAtStart(String name) {
        String the = the(name);
        return the.isEmpty() ? the : the.substring(0, 1).toUpperCase(Locale.FRENCH) + the.substring(1);
    }

    /** "à la Commune de Roubaix", "au Ministère de l'Intérieur", "à l'Office...", "aux Services...", "au Havre". */
    public static String toThe(String name) {
        Named n = Named.of(name);
        return switch (n.article) {
            case OWN -> n.contracted("au ", "aux ", "à ");
            case NONE -> "à " + n.name;
            case PLURAL -> "aux " + n.name;
            case MASCULINE -> n.elided ? "à l'" + n.name : "au " + n.name;
            case FEMININE -> n.elided ? "à l'" + n.name : "à la " + n.name;
        };
    }

    /** "de la Commune de Roubaix", "du Ministère de l'Intérieur", "de l'Office...", "des Services...", "d'Aix-les-Bains". */
    public static String ofThe(String name) {
        Named n = Named.of(name);
        return switch (n.article) {
            case OWN -> n.contracted("du ", "des ", "de ");
            case NONE -> n.elided ? "d'" + n.name : "de " + n.name;
            case PLURAL -> "des " + n.name;
            case MASCULINE -> n.elided ? "de l'" + n.name : "du " + n.name;
            case FEMININE -> n.elided ? "de l'" + n.name : "de la " + n.name;
        };
    }

    /** A name, the article it takes, and whether it starts with a vowel sound. */
    private record Named(String name, Article article, boolean elided) {

        static Named of(String raw) {
            String name = raw == null ? "" : raw.strip();
            String lower = name.toLowerCase(Locale.FRENCH);
            if (lower.startsWith("le ") || lower.startsWith("les ") || lower.startsWith("la ") || lower.startsWith("l'")
                    || lower.startsWith("l’")) {
                return new Named(name, Article.OWN, false); // "Le Havre", "La Poste": the name carries its article
            }
            String first = lower.split("[\\s,(–—]", 2)[0];
            return new Named(name, NOUNS.getOrDefault(first, Article.NONE), vowelSound(lower));
        }

        /** A name with its own article after "à" or "de": "le" and "les" contract ("au Havre"), "la" and "l'" stay as written. */
        String contracted(String forLe, String forLes, String otherwise) {
            String lower = name.toLowerCase(Locale.FRENCH);
            if (lower.startsWith("les ")) {
                return forLes + name.substring(4);
            }
            if (lower.startsWith("le ")) {
                return forLe + name.substring(3);
            }
            return otherwise + name;
        }
    }

    /** Words that elide "le", "la" and "de": a vowel, or the silent h of hôpital and hôtel (not the h of haut). */
    private static boolean vowelSound(String lower) {
        return !lower.isEmpty() && ("aàâäeéèêëiîïoôöuùûüyœæ".indexOf(lower.charAt(0)) >= 0 || lower.startsWith("hôpital")
                || lower.startsWith("hôtel"));
    }

    /** Nouns by gender, each list separated by spaces. */
    private static Map<String, Article> nouns(String feminine, String masculine, String plural) {
        Map<String, Article> nouns = new HashMap<>();
        for (String noun : feminine.split(" ")) {
            nouns.put(noun, Article.FEMININE);
        }
        for (String noun : masculine.split(" ")) {
            nouns.put(noun, Article.MASCULINE);
        }
        for (String noun : plural.split(" ")) {
            nouns.put(noun, Article.PLURAL);
        }
        return Map.copyOf(nouns);
    }
}
