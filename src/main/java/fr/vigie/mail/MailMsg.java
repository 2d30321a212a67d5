package fr.vigie.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the mail pages ({mailmsg:key}); English in messages/mailmsg_en.properties. */
@MessageBundle(value = "mailmsg", locale = "fr")
public interface MailMsg {

    @Message("L'envoi de courriels n'est pas configuré sur cette instance.")
    String v_not_configured();

    @Message("Une seule adresse électronique valide, sans nom ni saut de ligne.")
    String v_bad_address();

    @Message("L'objet tient sur une ligne, sans caractère de contrôle.")
    String v_header_break();

    @Message("Impossible pour un message dans cet état ({status}).")
    String v_wrong_status(String status);

    @Message("Ce fichier n'est ni un courriel (.eml) ni une boîte mbox.")
    String v_not_mail();

    @Message("Au plus {max} messages par import.")
    String v_too_many(int max);

    @Message("Correspondance")
    String request_title();

    @Message("Courriel mis en attente d'envoi : il part dès que le serveur l'accepte.")
    String queued();

    @Message("Aucun courriel.")
    String none();

    @Message("Envoyé")
    String dir_out();

    @Message("Reçu")
    String dir_in();

    @Message("{#when status}{#is 'PENDING'}en attente d'envoi{#is 'SENDING'}envoi en cours{#is 'SENT'}envoyé{#is 'FAILED'}échec{#is 'UNCERTAIN'}envoi interrompu : peut-être parti, à vérifier avant de réessayer{#is 'KEPT'}reçu, pas encore lu{#is 'MATCHED'}à confirmer{#is 'INBOX'}non classé{#is 'CONFIRMED'}enregistré dans la chronologie{#is 'DISCARDED'}écarté{/when}")
    String status(String status);

    @Message("De")
    String from();

    @Message("à")
    String to();

    @Message("Pièces jointes")
    String attachments();

    @Message("Texte du message")
    String text();

    @Message("Ce message est")
    String confirm_type();

    @Message("Suggestion")
    String suggested();

    @Message("Les voies et délais de recours sont indiqués")
    String remedies();

    @Message("Confirmer et enregistrer")
    String confirm();

    @Message("Enregistre l'événement à la date du message, avec ses pièces jointes. Une pièce refusée reste dans le message d'origine.")
    String confirm_hint();

    @Message("Envoyer par courriel")
    String send_title();

    @Message("L'envoi de courriels n'est pas configuré : téléchargez le texte et le PDF de la lettre et envoyez-les vous-même.")
    String not_configured();

    @Message("La lecture de la boîte aux lettres n'est pas configurée : importez les courriels (.eml, mbox) ci-dessous.")
    String not_receiving();

    @Message("Lettres de la demande")
    String letters_link();

    @Message("Destinataire")
    String f_to();

    @Message("Objet")
    String f_subject();

    @Message("Message")
    String f_text();

    @Message("Vide : le texte de la lettre jointe.")
    String f_text_hint();

    @Message("Lettre jointe (PDF)")
    String f_letter();

    @Message("Aucune")
    String no_letter();

    @Message("Envoyer")
    String send();

    @Message("Le message porte l'adresse de réponse de la demande et sa référence : la réponse sera classée ici. L'événement d'envoi est enregistré à la date où le serveur l'accepte.")
    String send_hint();

    @Message("Retour à la demande")
    String back_request();

    @Message("Courriels envoyés")
    String outbox_title();

    @Message("Courriels à classer")
    String inbox_title();

    @Message("Les courriels reçus qu'aucune demande ne reconnaît attendent ici qu'on les rattache à une demande ou qu'on les écarte.")
    String inbox_intro();

    @Message("Aucun courriel à classer.")
    String inbox_empty();

    @Message("{#when done}{#is 'assigned'}Courriel rattaché à la demande.{#is 'discarded'}Courriel écarté.{#is 'imported'}Import terminé.{/when}")
    String done(String done);

    @Message("Date")
    String col_date();

    @Message("Demande")
    String col_request();

    @Message("Objet")
    String col_subject();

    @Message("État")
    String col_status();

    @Message("prochain essai {when}")
    String next_attempt(String when);

    @Message("{count} essai(s)")
    String attempts(int count);

    @Message("Réessayer")
    String retry();

    @Message("Précédents")
    String previous();

    @Message("Suivants")
    String next();

    @Message("N° de la demande")
    String f_request();

    @Message("piste : demande n° {id} (domaine de l'expéditeur)")
    String hint(Long id);

    @Message("Rattacher")
    String assign();

    @Message("Écarter")
    String discard();

    @Message("Importer des courriels")
    String import_title();

    @Message("Fichier .eml ou mbox")
    String f_file();

    @Message("Importer")
    String import_();

    @Message("Courriel")
    String nav_mail();
}
