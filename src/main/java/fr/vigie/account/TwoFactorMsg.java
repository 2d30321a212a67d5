package fr.vigie.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of two-factor authentication ({tfmsg:key}); English in messages/tfmsg_en.properties. */
@MessageBundle(value = "tfmsg", locale = "fr")
public interface TwoFactorMsg {

    @Message("Double authentification")
    String title();

    @Message("En plus du mot de passe, la connexion demande un code à six chiffres donné par une application d'authentification (FreeOTP, Aegis, Google Authenticator…), qui change toutes les 30 secondes. Les jetons d'API ne sont pas concernés.")
    String intro();

    @Message("La double authentification est activée. Codes de secours restants : {left}.")
    String is_on(long left);

    @Message("La double authentification n'est pas activée.")
    String is_off();

    @Message("Activer la double authentification")
    String start();

    @Message("Ajoutez ce compte à votre application : scannez ce code avec le téléphone, ouvrez le lien ci-dessous sur le téléphone, ou saisissez la clé à la main. Puis tapez le code que l'application affiche.")
    String enrol_intro();

    @Message("Clé secrète")
    String secret();

    @Message("Code QR de l'adresse otpauth, à scanner avec l'application")
    String qr_label();

    @Message("Adresse otpauth")
    String uri();

    @Message("Code à six chiffres")
    String code();

    @Message("Confirmer")
    String confirm();

    @Message("Codes de secours, à garder en lieu sûr maintenant : ils ne seront plus affichés. Chacun remplace une fois le code de l'application.")
    String recovery_shown();

    @Message("Nouveaux codes de secours")
    String recovery_renew();

    @Message("Désactiver la double authentification")
    String disable();

    @Message("Mot de passe")
    String password();

    @Message("Les administrateurs doivent utiliser la double authentification : vos droits d'administration reviendront dès qu'elle sera activée.")
    String admin_needs_it();

    @Message("Code de l'application d'authentification, ou code de secours")
    String login_code();

    @Message("Facultatif. Si votre compte a la double authentification, un code tapé ici évite l'attente que d'autres ont pu causer depuis votre adresse.")
    String login_code_hint();

    @Message("Code incorrect ou expiré.")
    String login_code_wrong();

    @Message("Recommencer avec un autre compte")
    String login_restart();

    @Message("Administrateurs : double authentification obligatoire")
    String admin_setting();

    @Message("Obligatoire")
    String required_on();

    @Message("Facultative")
    String required_off();

    @Message("code incorrect ou déjà utilisé")
    String v_code_wrong();

    @Message("mot de passe incorrect")
    String v_password_wrong();

    @Message("la double authentification est déjà activée")
    String v_already_on();

    @Message("commencez par « Activer la double authentification »")
    String v_not_started();

    @Message("activez d'abord la double authentification sur votre propre compte")
    String v_enrol_yourself_first();
}
