package fr.vigie.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts. French here (the default); English in src/main/resources/messages/msg_en.properties.
 * Templates use them as {msg:key}; Java code through CurrentLocale.msg().
 */
@MessageBundle(value = "msg", locale = "fr")
public interface Msg {

    // ------------------------------------------------------------ layout
    @Message("Vigie")
    String app_name();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Organismes")
    String nav_bodies();

    @Message("Demandes")
    String nav_requests();

    @Message("Calculateur de délais")
    String nav_calculator();

    @Message("Utilisateurs")
    String nav_users();

    @Message("Mon compte")
    String nav_account();

    @Message("Se déconnecter")
    String nav_logout();

    @Message("Se connecter")
    String nav_login();

    @Message("English")
    String lang_other();

    @Message("en")
    String lang_other_code();

    @Message("Page {page} sur {pages} ({total} résultats)")
    String page_of(int page, long pages, long total);

    @Message("Précédente")
    String page_prev();

    @Message("Suivante")
    String page_next();

    @Message("Accueil")
    String home_title();

    @Message("Vigie suit les demandes d'accès aux documents administratifs (CADA), les demandes RGPD et FOIA, calcule chaque délai légal et dit quoi faire, et avant quand.")
    String home_intro();

    @Message("Connecté en tant que {name}")
    String logged_in_as(String name);

    // ------------------------------------------------------------ login
    @Message("Connexion")
    String login_title();

    @Message("Identifiant")
    String login_username();

    @Message("Mot de passe")
    String login_password();

    @Message("Identifiant ou mot de passe incorrect, ou trop de tentatives récentes : patientez quelques minutes avant de réessayer.")
    String login_error();

    // ------------------------------------------------------------ errors
    @Message("Saisie invalide")
    String error_invalid_title();

    @Message("Certaines valeurs ne peuvent pas être acceptées : voir le détail par champ.")
    String error_invalid_detail();

    @Message("Conflit")
    String error_conflict_title();

    @Message("Introuvable")
    String error_notfound_title();

    @Message("Cette page ou cet objet n'existe pas.")
    String error_notfound_detail();

    @Message("Connexion requise")
    String error_unauthorized_title();

    @Message("Connectez-vous, ou envoyez un jeton valide dans l'en-tête Authorization: Bearer.")
    String error_unauthorized_detail();

    @Message("Accès refusé")
    String error_forbidden_title();

    @Message("Votre rôle ne permet pas cette action.")
    String error_forbidden_detail();

    @Message("type de valeur incorrect pour ce champ")
    String error_json_type();

    @Message("valeur non reconnue : {value}")
    String error_json_value(String value);

    @Message("Le corps de la requête n'est pas du JSON valide.")
    String error_json_malformed();

    @Message("Format de requête non accepté")
    String error_unsupported_title();

    @Message("Cette adresse n'accepte que les formulaires (application/x-www-form-urlencoded ou multipart/form-data).")
    String error_form_expected();

    @Message("Le corps de la requête est incomplet ou illisible.")
    String error_body_unreadable();

    @Message("Cette adresse de l'API n'accepte que {types}.")
    String error_api_type(String types);

    @Message("Un appel de l'API avec le cookie de session doit renvoyer le jeton CSRF (le cookie vigie-csrf) dans l'en-tête X-CSRF-TOKEN ; un client de l'API utilise plutôt un jeton (Authorization: Bearer).")
    String error_api_csrf();

    @Message("Trop de champs dans le formulaire ({most} au plus).")
    String error_too_many_fields(int most);

    @Message("Cet objet a été supprimé ou est encore utilisé par une autre modification en cours ; rechargez la page et réessayez.")
    String error_reference_changed();

    @Message("Erreur inattendue")
    String error_unexpected_title();

    @Message("L'opération n'a pas abouti et rien n'a été enregistré. Réessayez ; si cela se reproduit, signalez-le.")
    String error_unexpected_detail();

    @Message("Retour à l'accueil")
    String error_back_home();

    // ------------------------------------------------------------ validation
    @Message("obligatoire")
    String v_required();

    @Message("trop long : {max} caractères au plus")
    String v_too_long(int max);

    @Message("contient des caractères de contrôle non autorisés")
    String v_control_chars();

    @Message("adresse électronique invalide")
    String v_email();

    @Message("adresse web invalide : elle doit commencer par http:// ou https://")
    String v_url();

    @Message("code de département inconnu (exemples : 75, 2A, 971, MF, BL)")
    String v_departement();

    @Message("valeur inconnue ; valeurs possibles : {allowed}")
    String v_enum(String allowed);

    @Message("date invalide : attendu AAAA-MM-JJ, une date qui existe")
    String v_date();

    @Message("oui ou non attendu (true / false)")
    String v_flag();

    @Message("version attendue : renvoyez la version que vous avez lue")
    String v_version_required();

    @Message("aucun organisme n'a cet identifiant")
    String v_parent_missing();

    @Message("un organisme ne peut pas dépendre de lui-même, même indirectement")
    String v_parent_cycle();

    @Message("la chaîne des organismes de rattachement dépasse {max} niveaux")
    String v_parent_too_deep(int max);

    @Message("un organisme de ce nom existe déjà dans ce département")
    String v_duplicate_body();

    @Message("doit être un nombre entier de 1 à {max}")
    String v_int_range(long max);

    @Message("au moins {min} caractères")
    String v_password_short(int min);

    @Message("les deux mots de passe diffèrent")
    String v_password_mismatch();

    @Message("mot de passe actuel incorrect")
    String v_password_wrong();

    @Message("lettres, chiffres, point, tiret ou souligné ; 3 à 64 caractères")
    String v_username();

    @Message("cet identifiant est déjà pris")
    String v_username_taken();

    @Message("il doit rester au moins un administrateur actif")
    String v_last_admin();

    @Message("Cet objet a été modifié entre-temps par quelqu'un d'autre. Rechargez la page : vos modifications n'ont pas été enregistrées.")
    String v_version_stale();

    @Message("Cet organisme est encore utilisé ({count} demande(s) ou organisme(s) rattaché(s)) : il ne peut pas être supprimé.")
    String v_body_in_use(long count);

    @Message("ligne {line} : {reason}")
    String v_csv_line(long line, String reason);

    @Message("colonne inconnue : {column}")
    String v_csv_unknown_column(String column);

    @Message("fichier CSV illisible : {reason}")
    String v_csv_unreadable(String reason);

    @Message("le fichier est vide")
    String v_csv_empty();

    @Message("le fichier dépasse {max} Mo")
    String v_file_too_large(int max);

    @Message("le fichier n'est pas en UTF-8")
    String v_not_utf8();
}
