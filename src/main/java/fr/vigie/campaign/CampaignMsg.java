package fr.vigie.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the campaign pages ({campmsg:key}); English in messages/campmsg_en.properties. */
@MessageBundle(value = "campmsg", locale = "fr")
public interface CampaignMsg {

    @Message("Campagnes")
    String nav();

    @Message("Campagnes")
    String list_title();

    @Message("Aucune campagne pour l'instant.")
    String none();

    @Message("Nouvelle campagne")
    String new_campaign();

    @Message("Nom")
    String name();

    @Message("Description")
    String description();

    @Message("Régime")
    String regime();

    @Message("Texte de la demande")
    String text();

    @Message("Champs de fusion, remplacés pour chaque organisme : {fields}")
    String text_hint(String fields);

    @Message("Étiquettes (séparées par des virgules)")
    String tags();

    @Message("Créer la campagne")
    String create();

    @Message("Demandes")
    String requests();

    @Message("{count} demande(s)")
    String request_count(long count);

    @Message("Choisir les organismes")
    String pick_title();

    @Message("Ajouter des organismes")
    String add_bodies();

    @Message("Rechercher un organisme")
    String pick_search();

    @Message("Nom, sigle ou adresse")
    String pick_search_hint();

    @Message("Type")
    String kind();

    @Message("Tous les types")
    String all_kinds();

    @Message("Département")
    String departement();

    @Message("Chercher")
    String search();

    @Message("Aucun organisme ne correspond.")
    String pick_none();

    @Message("Créer une demande pour chaque organisme coché")
    String pick_submit();

    @Message("Déjà dans cette campagne")
    String already_here();

    @Message("Déjà interrogé dans la campagne « {names} »")
    String already_elsewhere(String names);

    @Message("Tous les organismes de l'affaire BriefCam")
    String reference_title();

    @Message("Les {count} organismes de référence de l'affaire BriefCam (chargés dans l'annuaire s'il le faut). Ceux déjà dans la campagne sont laissés.")
    String reference_hint(int count);

    @Message("Créer les demandes aux organismes BriefCam")
    String reference_submit();

    @Message("Depuis une liste de noms")
    String names_title();

    @Message("Un nom ou un sigle d'organisme par ligne (comme dans une colonne de tableur).")
    String names_hint();

    @Message("Noms")
    String names();

    @Message("Créer les demandes à ces organismes")
    String names_submit();

    @Message("{count} demande(s) créée(s).")
    String created(String count);

    @Message("Organisme")
    String body();

    @Message("Étape")
    String stage();

    @Message("Prochaine étape")
    String next_step();

    @Message("En retard depuis")
    String overdue_since();

    @Message("Total")
    String total();

    @Message("Répondues dans le délai légal")
    String in_time();

    @Message("{inTime} sur {sent} demandes envoyées ({share} %)")
    String in_time_value(long inTime, long sent, Double share);

    @Message("aucune demande envoyée")
    String in_time_none();

    @Message("En retard")
    String overdue_title();

    @Message("Aucune demande en retard.")
    String overdue_none();

    @Message("Organismes × étapes")
    String matrix_title();

    @Message("Sélection")
    String select();

    @Message("Sélectionner {name}")
    String select_one(String name);

    @Message("Action groupée sur les demandes cochées")
    String bulk_title();

    @Message("Action")
    String bulk_action();

    @Message("{#when action}{#is 'EVENT'}Enregistrer un événement{#is 'TAGS'}Ajouter des étiquettes{#is 'LETTERS'}Préparer les lettres (ZIP de PDF){/when}")
    String action(String action);

    @Message("Événement")
    String event_type();

    @Message("Date")
    String date();

    @Message("Issue (pour une réponse)")
    String outcome();

    @Message("Canal")
    String channel();

    @Message("Lettre")
    String letter_kind();

    @Message("Appliquer")
    String bulk_submit();

    @Message("{count} demande(s) mises à jour.")
    String bulk_done(String count);

    @Message("Carte")
    String map_title();

    @Message("Départements selon l'état des demandes de la campagne")
    String map_caption();

    @Message("{#when state}{#is 'OVERDUE'}En retard{#is 'REFUSED'}Refusée{#is 'WAITING'}En attente{#is 'ANSWERED'}Répondue{#is 'NONE'}Aucune demande{/when}")
    String map_state(String state);

    @Message("Organismes nationaux (sans département) : {count}")
    String map_national(long count);

    @Message("Outre-mer")
    String map_overseas();

    @Message("Tableau des départements")
    String map_table();

    @Message("Demandes")
    String map_requests();

    @Message("Fond de carte : {source}, licence {licence}.")
    String map_source(String source, String licence);

    @Message("Exporter en CSV")
    String export_csv();

    @Message("Saisine groupée de la CADA (PDF)")
    String cada_referral();

    @Message("Une seule lettre à la CADA pour toutes les demandes de la campagne refusées, expressément ou implicitement, et pas encore portées devant elle.")
    String cada_referral_hint();

    // ------------------------------------------------ violations
    @Message("Choisissez au moins un organisme.")
    String v_no_body();

    @Message("Au plus {max} organismes à la fois.")
    String v_too_many(int max);

    @Message("L'organisme n° {id} n'existe pas : aucune demande n'a été créée.")
    String v_body_unknown(String id);

    @Message("{name} : {reason} Aucune demande n'a été créée.")
    String v_body_refused(String name, String reason);

    @Message("{name} est déjà dans cette campagne : aucune demande n'a été créée.")
    String v_body_already(String name);

    @Message("Cochez au moins une demande.")
    String v_no_request();

    @Message("La demande n° {id} n'est pas de cette campagne.")
    String v_not_in_campaign(String id);

    @Message("Demande n° {id} : {reason} Aucune demande n'a été modifiée.")
    String v_request_refused(String id, String reason);

    @Message("Aucun organisme de ce nom : {names}. Aucune demande n'a été créée.")
    String v_names_unknown(String names);

    @Message("Aucune demande de la campagne n'est refusée sans être déjà devant la CADA : pas de saisine à préparer.")
    String referral_none();
}
