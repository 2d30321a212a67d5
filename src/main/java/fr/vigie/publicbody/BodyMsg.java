package fr.vigie.publicbody;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the directory pages ({bmsg:key}); English in messages/bmsg_en.properties. */
@MessageBundle(value = "bmsg", locale = "fr")
public interface BodyMsg {

    @Message("Organismes publics")
    String list_title();

    @Message("Rechercher")
    String search();

    @Message("Nom, sigle ou adresse")
    String search_hint();

    @Message("Tous les types")
    String all_kinds();

    @Message("Aucun organisme ne correspond.")
    String none();

    @Message("Nouvel organisme")
    String new_body();

    @Message("Modifier")
    String edit();

    @Message("Modifier l'organisme")
    String edit_title();

    @Message("Supprimer")
    String delete();

    @Message("Enregistrer")
    String save();

    @Message("Organisme enregistré.")
    String saved();

    @Message("Importer un CSV")
    String import_csv();

    @Message("Exporter en CSV")
    String export_csv();

    @Message("Charger les organismes de l'affaire BriefCam")
    String load_reference();

    @Message("Organismes de référence : {created} ajouté(s), {skipped} déjà présent(s).")
    String reference_loaded(int created, int skipped);

    @Message("Complété ou mis à jour d'après la référence")
    String reference_changed();

    @Message("Gardé tel qu'un utilisateur l'a modifié (la référence dit autre chose)")
    String reference_kept();

    @Message("Rien n'a changé sur les organismes déjà présents.")
    String reference_nothing();

    @Message("{#when field}{#is 'name'}Nom{#is 'shortName'}Sigle{#is 'postalAddress'}Adresse postale{#is 'email'}Courriel{#is 'prada'}PRADA{#is 'website'}Site web{#is 'notes'}Notes{#else}{field}{/when}")
    String reference_field(String field);

    @Message("avant : « {before} »")
    String reference_before(String before);

    @Message("référence : « {after} »")
    String reference_file(String after);

    @Message("Nom")
    String name();

    @Message("Sigle ou nom court")
    String shortName();

    @Message("Type")
    String kind_label();

    @Message("Département")
    String departement();

    @Message("Code INSEE : 75, 2A, 971… Vide pour un organisme national. Il détermine les jours fériés locaux.")
    String departement_hint();

    @Message("Adresse postale")
    String postalAddress();

    @Message("Courriel")
    String email();

    @Message("PRADA (personne responsable de l'accès aux documents)")
    String prada();

    @Message("Site web")
    String website();

    @Message("Organisme de rattachement (identifiant)")
    String parentId();

    @Message("Rattaché à")
    String parent();

    @Message("Organismes rattachés")
    String children();

    @Message("Notes")
    String notes();

    @Message("Adresse vérifiée sur une page publique de l'organisme")
    String addressChecked();

    @Message("non renseigné")
    String unknown();

    @Message("national")
    String national();

    @Message("{#when kind}{#is MINISTRY}Ministère{#is DIRECTORATE}Direction{#is PREFECTURE}Préfecture{#is POLICE_SERVICE}Service de police{#is GENDARMERIE}Gendarmerie{#is INDEPENDENT_AUTHORITY}Autorité indépendante{#is COMMUNE}Commune{#is INTERCOMMUNALITY}Intercommunalité{#is OTHER}Autre{/when}")
    String kind(BodyKind kind);

    @Message("Importer des organismes (CSV)")
    String import_title();

    @Message("Fichier CSV en UTF-8, avec une ligne d'en-tête : name, short_name, kind, departement, postal_address, email, prada, website, address_checked, notes (seuls name et kind sont obligatoires). Un fichier qui contient une seule ligne invalide n'importe rien.")
    String import_help();

    @Message("Fichier")
    String import_file();

    @Message("Prévisualiser")
    String import_preview();

    @Message("Importer ces {count} organisme(s)")
    String import_confirm(int count);

    @Message("{count} ligne(s) invalide(s) : rien n'a été importé. Corrigez le fichier et recommencez.")
    String import_has_errors(int count);

    @Message("Déjà présents (non dupliqués)")
    String import_duplicates();

    @Message("À importer")
    String import_new_rows();

    @Message("Lignes valides (rien n'est importé tant qu'une ligne est invalide)")
    String import_valid_rows();

    @Message("Import terminé : {created} organisme(s) ajouté(s), {skipped} doublon(s) ignoré(s).")
    String import_done(int created, int skipped);

    @Message("Ligne")
    String line();

    @Message("Vérification du fichier…")
    String import_checking();

    @Message("Import en cours : {written} organisme(s) écrit(s) sur {total}.")
    String import_progress(int written, int total);

    @Message("Rien n'est enregistré avant la fin : si une ligne échoue, aucun organisme n'est ajouté. Cette page se met à jour toute seule.")
    String import_progress_hint();
}
