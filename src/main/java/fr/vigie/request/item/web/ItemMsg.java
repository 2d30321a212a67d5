package fr.vigie.request.item.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the items ({imsg:key}): the documents asked for, their fate, the grounds; English in messages/imsg_en.properties. */
@MessageBundle(value = "imsg", locale = "fr")
public interface ItemMsg {

    // ------------------------------------------------------------ validation
    @Message("un refus doit citer au moins un motif légal")
    String v_ground_required();

    @Message("le motif {ground} n'est pas un motif du régime {regime}")
    String v_ground_other_regime(String ground, String regime);

    @Message("ce sort ne prend pas de motif")
    String v_ground_not_taken();

    @Message("indiquez l'événement (réponse, décision...) qui a décidé de ce sort")
    String v_event_required();

    @Message("aucun sort de document ne peut être donné après cet événement ({type})")
    String v_event_decides_nothing(String type);

    @Message("cet événement n'existe pas, a été supprimé ou appartient à une autre demande")
    String v_event_not_of_request();

    @Message("ce fichier n'existe pas ou appartient à une autre demande")
    String v_document_not_of_request();

    @Message("ce document demandé n'existe pas ou appartient à une autre demande")
    String v_item_missing();

    @Message("au plus {max} documents demandés")
    String v_too_many_items(int max);

    @Message("au plus {max} valeurs")
    String v_too_many_values(int max);

    @Message("un avis par document suppose un avis de la CADA enregistré sur la demande (régime CRPA)")
    String v_avis_without_referral();

    @Message("ce document figure deux fois dans la liste")
    String v_duplicate_item();

    // ------------------------------------------------------------ pages
    @Message("Documents demandés")
    String items_title();

    @Message("Aucun document demandé n'est encore listé.")
    String no_items();

    @Message("Modifier la liste")
    String edit_items();

    @Message("Lister les documents demandés")
    String list_items();

    @Message("Documents demandés : {title}")
    String edit_title(String title);

    @Message("Proposés d'après les lignes numérotées du courrier : vérifiez-les avant d'enregistrer.")
    String proposed_hint();

    @Message("Pour retirer un document de la liste, videz son intitulé. Les lignes vides sont ignorées.")
    String edit_hint();

    @Message("Intitulé")
    String label();

    @Message("Description")
    String description();

    @Message("Document {n}")
    String row(int n);

    @Message("Enregistrer")
    String save();

    @Message("Sort")
    String outcome_label();

    @Message("Motifs légaux")
    String grounds_label();

    @Message("Pour un refus, au moins un ; pour une communication partielle, ceux des occultations.")
    String grounds_hint();

    @Message("Événement qui a décidé")
    String event_label();

    @Message("Fichiers reçus pour ce document")
    String documents_label();

    @Message("Note (ce qui a été occulté et pourquoi, où le document est publié...)")
    String note_label();

    @Message("Avis de la CADA sur ce document (s'il diffère de celui de la demande)")
    String avis_label();

    @Message("Décision de l'organisme après l'avis")
    String after_avis_label();

    @Message("Enregistrer le sort")
    String record_outcome();

    @Message("Sort du document : {label}")
    String outcome_title(String label);

    @Message("Issue déduite des documents : {outcome}")
    String derived(String outcome);

    @Message("avis CADA : {avis}")
    String avis_short(String avis);

    @Message("après l'avis : {outcome}")
    String after_avis_short(String outcome);

    @Message("avis favorable non suivi")
    String favourable_ignored();

    @Message("{#when outcome}{#is 'PENDING'}En attente{#is 'GIVEN'}Communiqué{#is 'GIVEN_REDACTED'}Communiqué avec occultations{#is 'REFUSED'}Refusé{#is 'NOT_HELD'}Inexistant ou non détenu{#is 'ALREADY_PUBLIC'}Déjà publié{#is 'NOT_AN_ADMINISTRATIVE_DOCUMENT'}Pas un document administratif{#is 'TRANSFERRED'}Transmis à l'organisme compétent{/when}")
    String outcome(String outcome);

    // ------------------------------------------------------------ figures
    @Message("Motifs de refus")
    String grounds_title();

    @Message("Par organisme et au total : les motifs invoqués, combien de fois, pour quels documents, et combien de fois la CADA a ensuite donné tort à l'organisme.")
    String grounds_intro();

    @Message("Organisme")
    String body();

    @Message("Étiquette")
    String tag();

    @Message("Filtrer")
    String filter();

    @Message("Tous")
    String all();

    @Message("Motif")
    String ground();

    @Message("Fois invoqué")
    String times();

    @Message("Documents concernés")
    String which_items();

    @Message("Avis CADA favorable ensuite")
    String cada_disagreed();

    @Message("Avis favorable non suivi")
    String ignored();

    @Message("Aucun refus motivé enregistré.")
    String no_grounds();

    @Message("Documents × sort")
    String matrix_title();

    @Message("Pour chaque document demandé (par intitulé), combien d'organismes l'ont communiqué, refusé, etc.")
    String matrix_intro();

    @Message("Document")
    String item();

    @Message("Exporter en CSV")
    String export_csv();

    @Message("Motifs de refus des documents")
    String body_grounds();
}
