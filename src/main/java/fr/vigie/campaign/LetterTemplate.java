package fr.vigie.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.publicbody.FrenchArticles;
import fr.vigie.publicbody.PublicBody;

/**
 * A campaign's letter with merge fields, rendered once per body when its request is created: {{organisme}},
 * {{l_organisme}} (with its article), {{a_l_organisme}} and {{de_l_organisme}} (after "à" and "de", contracted),
 * {{sigle}}, {{adresse}}, {{prada}}, {{departement}}, {{demandeur}}. An unknown field is left as typed, so that
 * the letter shows it and the user sees what was not replaced.
 */
public final class LetterTemplate {

    public static final java.util.List<String> FIELDS = java.util.List.of("organisme", "l_organisme", "a_l_organisme",
            "de_l_organisme", "sigle", "adresse", "prada", "departement", "demandeur");
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");
    /** Bodies that name no PRADA are written to through the function the law gives it (R330-2 CRPA). */
    private static final String NO_PRADA = "la personne responsable de l'accès aux documents administratifs";

    private LetterTemplate() {
    }

    /** The letter for one body; {@code requester}: who signs (the owner's default identity), or null. */
    public static String render(String template, PublicBody body, String requester) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organisme", body.name);
        // the name as a French sentence needs it: "la Commune de X", "au Ministère de Y", "de la Préfecture de Z"
        values.put("l_organisme", FrenchArticles.the(body.name));
        values.put("a_l_organisme", FrenchArticles.toThe(body.name));
        values.put("de_l_organisme", FrenchArticles.ofThe(body.name));
        values.put("sigle", body.shortName == null ? body.name : body.shortName);
        values.put("adresse", body.postalAddress == null ? "" : body.postalAddress);
        values.put("prada", body.prada == null ? NO_PRADA : body.prada);
        values.put("departement", body.departement == null ? "" : body.departement);
        values.put("demandeur", requester == null ? "" : requester);
        Matcher m = FIELD.matcher(template);
        return m.replaceAll(r -> Matcher.quoteReplacement(values.getOrDefault(r.group(1), r.group())));
    }

    /** The request's title: the campaign's name and the body's short name, within the request's 300 characters. */
    public static String title(String campaignName, PublicBody body) {
        String title = campaignName + " — " + (body.shortName == null ? body.name : body.shortName);
        return title.length() > 300 ? title.substring(0, 300) : title;
    }
}
