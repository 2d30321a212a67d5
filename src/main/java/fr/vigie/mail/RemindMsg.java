package fr.vigie.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of reminder e-mails and their pages ({remindmsg:key}); English in messages/remindmsg_en.properties. */
@MessageBundle(value = "remindmsg", locale = "fr")
public interface RemindMsg {

    @Message("La date du rappel est aujourd'hui ou plus tard.")
    String v_date_past();

    @Message("Au plus {max} rappels en attente.")
    String v_too_many(int max);

    @Message("Vigie : {overdue} en retard, {due} échéance(s) des organismes, {yours} de vos échéances dans les 7 jours")
    String digest_subject(long overdue, int due, int yours);

    @Message("Bonjour,")
    String hello();

    @Message("Voici où en sont vos demandes le {date}.")
    String digest_intro(String date);

    @Message("Organismes en retard ({count})")
    String digest_overdue(long count);

    @Message("Échéances des organismes dans les 7 jours ({count})")
    String digest_bodies_due(int count);

    @Message("Vos échéances dans les 7 jours : saisine de la CADA, recours ({count})")
    String digest_yours_due(int count);

    @Message("sans réponse depuis le {date}, {days} jour(s) de retard")
    String late(String date, long days);

    @Message("… et d'autres : voir le tableau de bord, {url}")
    String more(String url);

    @Message("Régler ces courriels : {url}")
    String settings_link(String url);

    @Message("Ne plus recevoir ces courriels (sans connexion) : {url}")
    String unsubscribe_link(String url);

    @Message("Rappel : {title}")
    String reminder_subject(String title);

    @Message("Vous avez demandé à Vigie de vous rappeler aujourd'hui cette demande : {title} ({body}).")
    String reminder_intro(String title, String body);

    @Message("Votre note : {note}")
    String reminder_note(String note);

    @Message("Prochaine étape : {action}")
    String reminder_next(String action);

    @Message("Rappels par courriel")
    String title();

    @Message("Un résumé quotidien (organismes en retard, échéances dans les 7 jours, vos propres échéances) et des rappels à la date de votre choix. Aucun courriel les jours où il n'y a rien à dire.")
    String intro();

    @Message("L'envoi de courriels n'est pas configuré sur cette instance : les réglages sont gardés, rien ne part.")
    String not_configured();

    @Message("Adresse où recevoir les rappels")
    String f_email();

    @Message("Recevoir un résumé quotidien")
    String f_digest();

    @Message("Heure du résumé")
    String f_hour();

    @Message("Langue des courriels")
    String f_language();

    @Message("Enregistrer")
    String save();

    @Message("Réglages enregistrés.")
    String saved();

    @Message("Rappel ajouté.")
    String added();

    @Message("Rappel supprimé.")
    String deleted();

    @Message("Rappels à venir")
    String pending_title();

    @Message("Aucun rappel à venir.")
    String no_pending();

    @Message("Supprimer")
    String delete();

    @Message("Me le rappeler le…")
    String remind_title();

    @Message("Date")
    String f_date();

    @Message("Note (facultative)")
    String f_note();

    @Message("Ajouter le rappel")
    String add();

    @Message("Se désabonner des rappels")
    String unsubscribe_title();

    @Message("Ce lien arrête le résumé quotidien et annule les rappels à venir envoyés à cette adresse.")
    String unsubscribe_intro();

    @Message("Ne plus recevoir ces courriels")
    String unsubscribe_button();

    @Message("C'est fait : vous ne recevrez plus ces courriels. Vous pouvez les réactiver dans vos réglages après connexion.")
    String unsubscribed();

    @Message("Ce lien n'est pas (ou plus) valable.")
    String unknown_link();
}
