package fr.vigie.request.web;

import fr.vigie.request.procedure.NextStep;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the request pages and their validation ({rmsg:key}); English in messages/rmsg_en.properties. */
@MessageBundle(value = "rmsg", locale = "fr")
public interface RequestMsg {

    // ------------------------------------------------------------ validation
    @Message("date invalide : attendu AAAA-MM-JJ, une date qui existe")
    String v_date();

    @Message("date dans le futur : on n'enregistre que ce qui s'est passé")
    String v_date_future();

    @Message("date trop ancienne")
    String v_date_old();

    @Message("ne s'applique pas au régime {regime}")
    String v_type_regime(String regime);

    @Message("déjà enregistré : corrigez l'événement existant plutôt que d'en ajouter un second")
    String v_once();

    @Message("suppose d'abord : {needed}, à cette date ou avant")
    String v_needs(String needed);

    @Message("rien ne peut suivre le retrait ou la clôture de la demande")
    String v_after_end();

    @Message("une saisine de la CADA suppose un refus : une réponse négative, ou le refus implicite du {date}")
    String v_referral_before_refusal(String date);

    @Message("un organisme différent de l'organisme actuel est requis")
    String v_same_body();

    @Message("au plus {max} étiquettes de {len} caractères (lettres, chiffres, espace, tiret)")
    String v_tags(int max, int len);

    @Message("obligatoire pour ce type d'événement")
    String v_required_for_type();

    @Message("cet événement n'existe pas ou a été supprimé")
    String v_event_missing();

    @Message("La demande a été modifiée entre-temps par quelqu'un d'autre : rechargez-la. Rien n'a été enregistré.")
    String v_stale();

    @Message("version attendue : renvoyez la version de la demande que vous avez lue")
    String v_version_required();

    @Message("supprimer cet événement rendrait la chronologie incohérente : {reason}")
    String v_delete_breaks(String reason);

    // ------------------------------------------------------------ next actions
    /** One label per step, no catch-all: {@code EnumLabelsTest} fails when a step has none. */
    @Message("""
            {#when step}\
            {#is SEND}Envoyer la demande\
            {#is IMPLICIT_REFUSAL}Attendre la réponse : sans réponse, refus implicite le {date}\
            {#is RESPONSE_DUE}Attendre la réponse, due le {date}\
            {#is EXTENDED_RESPONSE_DUE}Attendre la réponse, due le {date}\
            {#is CADA_REFERRAL_BY}Saisir la CADA avant le {date}\
            {#is APPEAL_BY}Former le recours administratif avant le {date}\
            {#is OBJECTION_BY}Former le recours (Widerspruch) avant le {date}\
            {#is REQUEST_INTERNAL_REVIEW}Demander un réexamen interne\
            {#is COMPLAIN_TO_CNIL}Adresser une réclamation à la CNIL\
            {#is AWAIT_CADA_REGISTRATION}Attendre l'enregistrement de la saisine par la CADA\
            {#is CADA_AVIS_DUE}Attendre l'avis de la CADA, dû le {date}\
            {#is APPEAL_DECISION_DUE}Attendre la décision sur le recours, due le {date}\
            {#is INTERNAL_REVIEW_DUE}Attendre la décision sur le recours, due le {date}\
            {#is AWAIT_REVIEW_DECISION}Attendre la décision sur le recours\
            {#is BODY_ANSWER_TO_AVIS_DUE}Attendre la décision de l'administration après l'avis, due le {date}\
            {#is COURT_BY}Saisir le tribunal administratif avant le {date}\
            {#is GO_TO_COURT}Saisir le tribunal\
            {#is FOLLOW_COURT_CASE}Suivre l'instance\
            {#is ENFORCE_OR_APPEAL}Faire exécuter le jugement, ou faire appel\
            {/when}""")
    String action(NextStep step, String date);
}
