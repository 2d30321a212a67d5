package fr.vigie.letter.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the identity pages ({idmsg:key}); English in messages/idmsg_en.properties. One key per enum constant. */
@MessageBundle(value = "idmsg", locale = "fr")
public interface IdentityMsg {

    @Message("Identités de signature")
    String title();

    @Message("Les lettres que prépare Vigie sont signées par l'une de ces identités : vous-même, ou une association que vous représentez. Ce qui manque à une identité est signalé dans chaque lettre au lieu d'être laissé en blanc.")
    String intro();

    @Message("Aucune identité : les lettres indiqueront « identité à compléter ». Créez-en une ci-dessous.")
    String none();

    @Message("Nouvelle identité")
    String new_title();

    @Message("Modifier l'identité")
    String edit_title();

    @Message("Nom de l'identité (pour vous)")
    String f_label();

    @Message("Par exemple « moi » ou « association ». N'apparaît pas dans les lettres.")
    String f_label_hint();

    @Message("Type")
    String f_kind();

    @Message("Civilité")
    String f_civility();

    @Message("Prénom")
    String f_firstName();

    @Message("Nom")
    String f_lastName();

    @Message("Nom de l'association")
    String f_organisation();

    @Message("Représentée par (prénom et nom)")
    String f_representedBy();

    @Message("Fonction du représentant (président, trésorière…)")
    String f_representedAs();

    @Message("Adresse (rue, bâtiment ; trois lignes au plus)")
    String f_addressLines();

    @Message("Code postal")
    String f_postalCode();

    @Message("Ville")
    String f_city();

    @Message("Pays (laisser vide pour la France)")
    String f_country();

    @Message("Courriel")
    String f_email();

    @Message("Téléphone (facultatif)")
    String f_phone();

    @Message("Identité par défaut")
    String f_isDefault();

    @Message("Pour une personne : civilité, prénom et nom. Pour une association : nom, représentant et sa fonction.")
    String kind_hint();

    @Message("Personne")
    String kind_PERSON();

    @Message("Association")
    String kind_ASSOCIATION();

    @Message("Madame")
    String civility_MADAME();

    @Message("Monsieur")
    String civility_MONSIEUR();

    @Message("civilité")
    String field_CIVILITY();

    @Message("prénom")
    String field_FIRST_NAME();

    @Message("nom")
    String field_LAST_NAME();

    @Message("nom de l'association")
    String field_ORGANISATION();

    @Message("représentant")
    String field_REPRESENTED_BY();

    @Message("fonction du représentant")
    String field_REPRESENTED_AS();

    @Message("adresse")
    String field_ADDRESS();

    @Message("code postal")
    String field_POSTAL_CODE();

    @Message("ville")
    String field_CITY();

    @Message("courriel")
    String field_EMAIL();

    @Message("À compléter : {fields}")
    String incomplete(String fields);

    @Message("Complète")
    String complete();

    @Message("par défaut")
    String is_default();

    @Message("Choisir par défaut")
    String make_default();

    @Message("Modifier")
    String edit();

    @Message("Supprimer")
    String delete();

    @Message("Enregistrer")
    String save();

    @Message("Identité enregistrée.")
    String saved();

    @Message("Retour aux identités")
    String back();

    @Message("Trois lignes au plus (le code postal et la ville ont leurs propres champs) ; {max} lignes maximum.")
    String v_address_lines(int max);

    @Message("Un numéro de téléphone : chiffres, espaces, +, points, tirets et parenthèses.")
    String v_phone();

    @Message("Cette identité a changé depuis que vous l'avez ouverte : rechargez la page.")
    String v_stale();

    @Message("Cette identité signe {count} lettre(s) conservée(s) : elle ne peut pas être supprimée.")
    String v_in_use(long count);
}
