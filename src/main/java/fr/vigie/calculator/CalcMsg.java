package fr.vigie.calculator;

import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the deadline calculator ({cmsg:key}); English in messages/cmsg_en.properties. */
@MessageBundle(value = "cmsg", locale = "fr")
public interface CalcMsg {

    @Message("Calculateur de délais")
    String title();

    @Message("Indiquez le régime de votre demande et les dates que vous connaissez : le calculateur donne toute la chaîne des échéances qui en découlent (refus implicite, saisine de la CADA, recours, réponse due…), avec pour chacune qui doit agir, l'article applicable et le détail du calcul, jours fériés et week-ends compris. Rien n'est enregistré.")
    String intro();

    @Message("Les échéances supposent exactes les dates que vous saisissez, en particulier la date de réception de la demande par l'administration : une date de réception estimée donne des échéances estimées.")
    String assumption();

    @Message("Régime")
    String regime();

    @Message("Après un changement de régime, cliquez sur « Calculer » : le formulaire affiche alors les dates propres à ce régime.")
    String regime_hint();

    @Message("{#when regime}{#is FR_CRPA}France : documents administratifs (CRPA, CADA){#is FR_GDPR}France : données personnelles (RGPD){#is US_FOIA}États-Unis : FOIA{#is UK_FOIA}Royaume-Uni : Freedom of Information Act 2000{#is DE_IFG}Allemagne : Informationsfreiheitsgesetz (IFG){/when}")
    String regime_name(Regime regime);

    @Message("Lieu de l'organisme")
    String territory();

    @Message("Régimes français : les jours fériés locaux (Alsace-Moselle, outre-mer) sont donnés pour information, la date à retenir suit le calendrier national ; un organisme d'outre-mer a son tribunal outre-mer (délais de distance). Allemagne : le Land où siège l'autorité, dont les jours fériés donnent la limite légale (BGB §193) ; la date à retenir reste la date fédérale, la plus précoce.")
    String territory_hint();

    @Message("National ou autre département de métropole")
    String territory_national();

    @Message("{#when code}{#is '57'}Moselle (57){#is '67'}Bas-Rhin (67){#is '68'}Haut-Rhin (68){#is '971'}Guadeloupe (971){#is '972'}Martinique (972){#is '973'}Guyane (973){#is '974'}La Réunion (974){#is '976'}Mayotte (976){#is 'MF'}Saint-Martin (MF){#is 'BL'}Saint-Barthélemy (BL){#else}{code}{/when}")
    String territory_name(String code);

    @Message("Niveau fédéral (jours fériés communs à tous les Länder)")
    String territory_federal();

    @Message("Où demeurez-vous ?")
    String residence();

    @Message("Régimes français : le délai de recours devant le juge est allongé d'un mois si vous demeurez outre-mer devant un tribunal de métropole (ou en métropole devant un tribunal d'outre-mer), de deux mois si vous demeurez à l'étranger (CJA R421-7). Sans réponse, la date la plus précoce est retenue.")
    String residence_hint();

    @Message("Non précisé")
    String residence_unknown();

    @Message("{#when code}{#is 'METROPOLE'}En métropole{#is 'OVERSEAS'}Outre-mer{#is 'ABROAD'}À l'étranger{#else}{code}{/when}")
    String residence_name(String code);

    @Message("La décision n'indique pas les voies et délais de recours")
    String no_remedies();

    @Message("Avertissements")
    String warnings_title();

    @Message("Ces étapes n'ont pas d'effet juridique ou arrivent trop tard : les échéances ci-dessous n'en tiennent pas compte.")
    String warnings_intro();

    @Message("Accusé de réception reçu ?")
    String acknowledged();

    @Message("Un accusé de réception conforme (L112-3, R112-5) indique la date de réception, la date du refus implicite et les voies et délais de recours. Sans lui, les délais de recours ne sont pas opposables (L112-6).")
    String acknowledged_hint();

    @Message("Oui, conforme")
    String acknowledged_yes();

    @Message("Non")
    String acknowledged_no();

    @Message("Je ne sais pas")
    String acknowledged_unknown();

    @Message("Dates connues")
    String dates();

    @Message("Laissez vide une date que vous ne connaissez pas encore.")
    String dates_hint();

    @Message("Calculer")
    String compute();

    @Message("Échéances")
    String chain_title();

    @Message("Aucune échéance : saisissez au moins une date.")
    String no_deadline();

    @Message("Qui doit agir")
    String party_label();

    @Message("{#when party}{#is ADMINISTRATION}l'administration (son silence vaut décision le cas échéant){#is REQUESTER}vous, le demandeur{#is CADA}la CADA{#is CNIL}la CNIL (son silence vaut décision le cas échéant){/when}")
    String party(Party party);

    @Message("Fondement")
    String basis();

    @Message("Calcul")
    String explanation();

    @Message("Autres dates à connaître")
    String also_possible();

    // ------------------------------------------------------------ validation
    @Message("date attendue au format AAAA-MM-JJ, par exemple 2025-03-03")
    String v_date_format();

    @Message("cette date n'existe pas : {value}")
    String v_date_impossible(String value);

    @Message("{max} événements au plus")
    String v_too_many_events(int max);

    @Message("répondez oui, non ou je ne sais pas")
    String v_acknowledged();

    @Message("cochez seulement des décisions de ce régime")
    String v_no_remedies();
}
