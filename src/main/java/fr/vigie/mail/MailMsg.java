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
}
