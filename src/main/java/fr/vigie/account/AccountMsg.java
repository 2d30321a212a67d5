package fr.vigie.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the account and user administration pages ({amsg:key}); English in messages/amsg_en.properties. */
@MessageBundle(value = "amsg", locale = "fr")
public interface AccountMsg {

    @Message("Mon compte")
    String account_title();

    @Message("Identifiant : {name} — rôle : {role}")
    String account_summary(String name, String role);

    @Message("Changer de mot de passe")
    String password_title();

    @Message("Mot de passe actuel")
    String password_current();

    @Message("Nouveau mot de passe")
    String password_new();

    @Message("Confirmation du nouveau mot de passe")
    String password_confirm();

    @Message("Au moins 12 caractères.")
    String password_hint();

    @Message("Mot de passe changé.")
    String password_changed();

    @Message("Enregistrer")
    String save();

    @Message("Jetons d'accès à l'API")
    String tokens_title();

    @Message("Un jeton donne accès à l'API (en-tête Authorization: Bearer …) avec vos droits. Il n'est affiché qu'une fois.")
    String tokens_intro();

    @Message("Nom du jeton")
    String token_label();

    @Message("Créer un jeton")
    String token_create();

    @Message("Nouveau jeton, à copier maintenant : il ne sera plus affiché.")
    String token_created();

    @Message("Révoquer")
    String token_revoke();

    @Message("révoqué")
    String token_revoked();

    @Message("actif")
    String token_active();

    @Message("Aucun jeton.")
    String token_none();

    @Message("Créé")
    String token_created_at();

    @Message("Dernier usage")
    String token_last_used();

    @Message("État")
    String token_state();

    @Message("Utilisateurs")
    String users_title();

    @Message("Nouvel utilisateur")
    String user_new();

    @Message("Identifiant")
    String user_username();

    @Message("Mot de passe initial")
    String user_password();

    @Message("Rôle")
    String user_role();

    @Message("Compte")
    String user_state();

    @Message("actif")
    String user_enabled();

    @Message("désactivé")
    String user_disabled();

    @Message("Désactiver")
    String user_disable();

    @Message("Réactiver")
    String user_enable();

    @Message("Changer le rôle")
    String user_change_role();

    @Message("Créer")
    String user_create();

    @Message("Enregistré.")
    String saved();

    @Message("Calendrier et flux")
    String feeds_title();

    @Message("Une adresse secrète donne vos échéances à votre agenda (avec rappels 7 jours et 1 jour avant) et les nouveaux événements de vos demandes à votre lecteur de flux. En créer une nouvelle désactive l'ancienne.")
    String feeds_intro();

    @Message("Agenda (iCalendar)")
    String feeds_calendar();

    @Message("Flux Atom")
    String feeds_atom();

    @Message("Créer une nouvelle adresse secrète")
    String feeds_renew();

    @Message("{#when role}{#is ADMIN}Administrateur{#is EDITOR}Éditeur{#is VIEWER}Lecteur{/when}")
    String role(Role role);

    @Message("au plus {max} octets (un caractère accentué en compte deux) : au-delà, bcrypt ignorerait la suite")
    String v_password_bytes(int max);
}
