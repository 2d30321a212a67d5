package fr.vigie.letter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the letter pages ({lmsg:key}); English in messages/lmsg_en.properties. One key per enum constant. */
@MessageBundle(value = "lmsg", locale = "fr")
public interface LetterMsg {

    @Message("Demande initiale")
    String kind_REQUEST();

    @Message("Relance")
    String kind_REMINDER();

    @Message("Demande des motifs du refus implicite (L232-4)")
    String kind_REASONS_REQUEST();

    @Message("Saisine de la CADA")
    String kind_CADA_REFERRAL();

    @Message("Saisine groupée de la CADA")
    String kind_GROUPED_CADA_REFERRAL();

    @Message("Recours gracieux")
    String kind_RECOURS_GRACIEUX();

    @Message("Requête au tribunal administratif")
    String kind_COURT_APPLICATION();

    @Message("Réclamation à la CNIL")
    String kind_CNIL_COMPLAINT();

    @Message("Recours administratif (FOIA appeal)")
    String kind_FOIA_APPEAL();

    @Message("Demande de réexamen interne (internal review)")
    String kind_INTERNAL_REVIEW();

    @Message("Opposition (Widerspruch)")
    String kind_WIDERSPRUCH();

    @Message("trop tôt")
    String timing_TOO_EARLY();

    @Message("possible maintenant")
    String timing_OPEN();

    @Message("trop tard")
    String timing_TOO_LATE();

    @Message("la demande n'a pas encore été envoyée")
    String reason_NOT_SENT(String date);

    @Message("aucun refus, exprès ou implicite, n'est encore intervenu")
    String reason_NO_REFUSAL_YET(String date);

    @Message("la CADA n'a pas été saisie, ce qui est obligatoire avant tout recours au tribunal (article L342-1 du CRPA)")
    String reason_NO_CADA_REFERRAL(String date);

    @Message("le refus n'est pas encore confirmé après la saisine de la CADA")
    String reason_AWAITING_CADA(String date);

    @Message("aucune autre demande sur les mêmes documents (même titre) n'a été refusée : une saisine simple suffit")
    String reason_SINGLE_BODY(String date);

    @Message("déjà fait le {date}")
    String reason_ALREADY_SENT(String date);

    @Message("la demande a reçu une réponse")
    String reason_ANSWERED(String date);

    @Message("le refus du {date} est exprès : ses motifs doivent y figurer (article L211-2 du CRPA)")
    String reason_EXPRESS_REFUSAL(String date);

    @Message("le délai a expiré le {date}")
    String reason_DEADLINE_PASSED(String date);

    @Message("la procédure est déjà passée à l'étape suivante")
    String reason_FURTHER_STEP(String date);

    @Message("[Attention : cette lettre arrive trop tôt — {reason}. Retirez cette mention avant l'envoi.]")
    String warning_early(String reason);

    @Message("[Attention : cette lettre arrive trop tard — {reason}. Retirez cette mention avant l'envoi.]")
    String warning_late(String reason);

    @Message("Lettres")
    String title();

    @Message("Lettres de la demande « {title} »")
    String list_title(String title);

    @Message("Chaque lettre est préparée avec les faits de la demande, ses dates et l'identité qui la signe. Modifiez le texte, puis conservez-le : une lettre conservée n'est jamais réécrite.")
    String list_intro();

    @Message("Lettre")
    String col_kind();

    @Message("À partir du")
    String col_from();

    @Message("Jusqu'au")
    String col_until();

    @Message("Maintenant")
    String col_now();

    @Message("Préparer")
    String prepare();

    @Message("Lettres conservées")
    String kept_title();

    @Message("Aucune lettre conservée.")
    String kept_none();

    @Message("Datée du")
    String col_date();

    @Message("Signée par")
    String col_identity();

    @Message("Envoyée")
    String col_sent();

    @Message("PDF")
    String pdf();

    @Message("Télécharger le PDF de ce brouillon")
    String pdf_draft();

    @Message("Dossier complet (ZIP : résumé, lettres, documents, empreintes)")
    String export();

    @Message("Texte de la lettre")
    String f_text();

    @Message("Signée par")
    String f_identityId();

    @Message("Envoi")
    String f_channel();

    @Message("Conserver cette lettre")
    String keep();

    @Message("Lettre conservée.")
    String kept();

    @Message("Marquer envoyée le")
    String f_sentOn();

    @Message("Marquer envoyée")
    String mark_sent();

    @Message("Enregistre l'étape correspondante dans l'historique de la demande, avec le PDF de la lettre en pièce jointe.")
    String mark_sent_hint();

    @Message("Identité incomplète : {fields}. La lettre l'indique entre crochets ; complétez l'identité dans Mon compte › Identités.")
    String identity_incomplete(String fields);

    @Message("Aucune identité : créez-en une dans Mon compte › Identités pour signer vos lettres.")
    String identity_none();

    @Message("Retour à la demande")
    String back_request();

    @Message("Retour aux lettres")
    String back_letters();

    @Message("Cette lettre n'existe pas pour le régime {regime}.")
    String v_kind_regime(String regime);

    @Message("Texte trop long : {max} caractères au plus.")
    String v_text_too_long(int max);

    @Message("Cette identité n'est pas l'une des vôtres.")
    String v_identity_unknown();

    @Message("Créez d'abord une identité pour signer la lettre (Mon compte › Identités).")
    String v_no_identity();

    @Message("Cette lettre est déjà marquée envoyée.")
    String v_already_sent();

    @Message("Une date au format AAAA-MM-JJ, au plus tard aujourd'hui.")
    String v_date();

    @Message("Courriel")
    String channel_EMAIL();

    @Message("Formulaire en ligne")
    String channel_ONLINE_FORM();

    @Message("Courrier simple")
    String channel_POST();

    @Message("Lettre recommandée avec avis de réception")
    String channel_REGISTERED_POST();

    @Message("Remise en main propre")
    String channel_HAND_DELIVERY();

    @Message("Déjà envoyée ? Date d'envoi (facultatif)")
    String f_sentOn_optional();

    @Message("Préparer la lettre : {label}")
    String prepare_step(String label);

    @Message("Lettres possibles maintenant")
    String open_letters();

    @Message("Toutes les lettres et les lettres gardées")
    String all_letters();

    @Message("Faire une demande semblable à un autre organisme")
    String similar_request();

    @Message("Identité du demandeur")
    String f_request_identity();

    @Message("Mon identité par défaut")
    String default_identity();
}
