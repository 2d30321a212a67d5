package fr.vigie.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of search ({smsg:key}); English in messages/smsg_en.properties. */
@MessageBundle(value = "smsg", locale = "fr")
public interface SearchMsg {

    // ------------------------------------------------------------ header box and page
    @Message("Rechercher")
    String box_label();

    @Message("Demandes, notes, documents, courriels…")
    String box_placeholder();

    @Message("OK")
    String box_button();

    @Message("Recherche")
    String title();

    @Message("Mots cherchés")
    String q();

    @Message("Accents et majuscules sont ignorés, pluriels et formes proches trouvés. \"Entre guillemets\" pour une expression exacte, camér* pour un début de mot, -mot pour exclure un mot.")
    String q_hint();

    @Message("Sans connexion, seules les demandes publiques sont cherchées (ni leurs notes, ni leurs fichiers, ni leurs courriels).")
    String public_only();

    @Message("Tapez un ou plusieurs mots : titres, textes des demandes, notes, numéros de dossier, organismes, courriels, et le texte des documents reçus.")
    String empty_hint();

    @Message("Rien ne correspond.")
    String none();

    @Message("Chercher")
    String submit();

    @Message("Filtres")
    String filters();

    @Message("Type")
    String type();

    @Message("{#when type}{#is 'REQUEST'}Demande{#is 'NOTE'}Note{#is 'DOCUMENT'}Document{#is 'MAIL'}Courriel{#else}{type}{/when}")
    String type_name(String type);

    @Message("Tous")
    String all();

    @Message("Organisme (identifiant)")
    String bodyId();

    @Message("Campagne (identifiant)")
    String campaignId();

    @Message("Type d'organisme")
    String bodyKind();

    @Message("Département")
    String departement();

    @Message("Étiquette")
    String tag();

    @Message("Responsable (identifiant)")
    String owner();

    @Message("Du")
    String from();

    @Message("Au")
    String to();

    @Message("Tri")
    String sort();

    @Message("{#when sort}{#is 'RELEVANCE'}Pertinence{#else}Date, la plus récente d'abord{/when}")
    String sort_name(String sort);

    @Message("Trouvé dans : {#when field}{#is 'TITLE'}le titre{#is 'LETTER'}le texte de la demande{#is 'BODY'}le nom de l'organisme{#is 'TAGS'}les étiquettes{#is 'CODES'}une référence ou un n° de dossier{#is 'NOTE'}une note{#is 'FILE'}le nom du fichier{#is 'SUBJECT'}l'objet du courriel{#is 'MAIL'}le texte du courriel{#else}le texte du document{/when}")
    String matched(String field);

    @Message("page {page}")
    String page(int page);

    @Message("{#if direction == 'OUT'}courriel envoyé à {who}{#else}courriel de {who}{/if}")
    String mail_label(String direction, String who);

    @Message("Page {page}, sur plus de {total} résultats")
    String page_of_more(int page, long total);

    @Message("{#when status}{#is 'PENDING'}pas encore lu{#is 'RUNNING'}en cours de lecture{#is 'NO_TEXT'}non lu : scan sans texte{#is 'FAILED'}non lu : échec de la lecture{#is 'TOO_LARGE'}non lu : fichier trop volumineux{#else}lu{/when}")
    String status(String status);

    @Message("Relire")
    String retry();

    @Message("Documents non lus")
    String documents_title();

    @Message("Les documents dont le texte n'a pas pu être lu restent trouvables par leur nom. Une nouvelle lecture peut réussir après l'installation de Tesseract (scans) ou une correction du fichier.")
    String documents_intro();

    @Message("Aucun document dans cet état.")
    String documents_none();

    @Message("Lecture redemandée pour le document {id}.")
    String retried(long id);

    @Message("Fichier")
    String file();

    @Message("Demande")
    String request();

    @Message("État")
    String state();

    @Message("Détail")
    String detail();

    // ------------------------------------------------------------ validation
    @Message("aucun mot à chercher : les mots très courants (le, de, à…) et les signes seuls ne sont pas cherchés")
    String v_no_words();

    @Message("un début de mot suivi de * doit avoir au moins {min} lettres ou chiffres")
    String v_prefix_short(int min);

    @Message("trop de mots : {max} au plus")
    String v_too_many_words(int max);

    @Message("date au format AAAA-MM-JJ")
    String v_date();

    @Message("la date de début doit précéder la date de fin")
    String v_date_order();

    @Message("au-delà des {max} premiers résultats, affinez la recherche")
    String v_too_deep(int max);

    @Message("ce document n'existe pas")
    String v_document_missing();

    @Message("ce document est déjà en attente de lecture ou en cours de lecture")
    String v_already_queued();
}
