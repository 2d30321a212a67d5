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

    @Message("cette identité n'est pas l'une des vôtres (Mon compte, Identités)")
    String v_identity_not_yours();

    @Message("seuls les régimes français allongent le délai de recours selon le domicile (CJA R421-7) : laissez « Non indiqué »")
    String v_residence_not_in_regime();

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
            {#is INTERNAL_REVIEW_REQUEST_BY}Demander un réexamen interne avant le {date}\
            {#is COMPLAIN_TO_CNIL}Adresser une réclamation à la CNIL\
            {#is CNIL_IMPLICIT_REJECTION}Attendre la décision de la CNIL : sans réponse, rejet implicite le {date}\
            {#is CNIL_INDIRECT_ACCESS_DUE}Attendre le résultat des vérifications de la CNIL, indicatif le {date}\
            {#is AWAIT_CNIL}Attendre la décision de la CNIL\
            {#is RECOURS_GRACIEUX_IMPLICIT_REJECTION}Attendre la réponse au recours gracieux : sans réponse, rejet implicite le {date}\
            {#is AWAIT_CADA_REGISTRATION}Attendre l'enregistrement de la saisine par la CADA\
            {#is CADA_AVIS_DUE}Attendre l'avis de la CADA, dû le {date}\
            {#is APPEAL_DECISION_DUE}Attendre la décision sur le recours, due le {date}\
            {#is INTERNAL_REVIEW_DUE}Attendre la décision sur le recours, due le {date}\
            {#is AWAIT_REVIEW_DECISION}Attendre la décision sur le recours\
            {#is BODY_ANSWER_TO_AVIS_DUE}Attendre la décision de l'administration après l'avis, due le {date}\
            {#is COURT_BY}Saisir le tribunal administratif avant le {date}\
            {#is CONSEIL_ETAT_BY}Saisir le Conseil d'État contre la décision de la CNIL avant le {date}\
            {#is ICO_COMPLAINT_BY}Se plaindre à l'Information Commissioner (ICO) avant le {date}\
            {#is TRIBUNAL_APPEAL_BY}Faire appel devant le First-tier Tribunal avant le {date}\
            {#is SUIT_BY}Saisir le tribunal fédéral avant le {date}\
            {#is GO_TO_COURT}Saisir le tribunal\
            {#is FOLLOW_COURT_CASE}Suivre l'instance\
            {#is JUDGMENT_APPEAL_BY}Se pourvoir en cassation avant le {date}, ou faire exécuter le jugement\
            {#is ENFORCE_OR_APPEAL}Faire exécuter le jugement, ou faire appel\
            {/when}""")
    String action(NextStep step, String date);

    /** What can still be done once the requester let the step's date pass; only steps the requester dates have one. */
    @Message("""
            {#when step}\
            {#is CADA_REFERRAL_BY}Le délai de saisine de la CADA est passé : la CADA déclarera la saisine irrecevable. \
            Faites une nouvelle demande des mêmes documents ; son refus rouvrira les délais.\
            {#is COURT_BY}Le délai de recours au tribunal est passé. Si les délais n'étaient pas opposables (pas \
            d'accusé de réception conforme, ou refus sans les voies et délais de recours), le délai raisonnable d'un an \
            court encore ; sinon, faites une nouvelle demande.\
            {#is CONSEIL_ETAT_BY}Le délai de recours contre la décision de la CNIL est passé : une nouvelle plainte reste \
            possible si des faits nouveaux la justifient.\
            {#is APPEAL_BY}Le délai de l'appel administratif est passé : faites une nouvelle demande, ou demandez à \
            l'agence si elle examinera un appel tardif.\
            {#is OBJECTION_BY}Le délai d'opposition (Widerspruch) est passé : faites une nouvelle demande (sans indication \
            des voies de recours, le délai d'un an du § 58 al. 2 VwGO court encore).\
            {#is INTERNAL_REVIEW_REQUEST_BY}Le délai pour demander un réexamen interne est passé : demandez-le quand même \
            (une demande tardive peut être acceptée), ou saisissez l'ICO.\
            {#is ICO_COMPLAINT_BY}L'ICO refuse en général les plaintes faites plus de six semaines après le réexamen : \
            expliquez le retard, ou faites une nouvelle demande.\
            {#is TRIBUNAL_APPEAL_BY}Les 28 jours pour saisir le First-tier Tribunal sont passés : demandez au tribunal un \
            délai supplémentaire, motivé.\
            {#is SUIT_BY}La prescription de six ans est acquise : faites une nouvelle demande.\
            {#is JUDGMENT_APPEAL_BY}Le délai de pourvoi en cassation est passé : le jugement est définitif ; demandez son \
            exécution.\
            {/when}""")
    String missed(NextStep step);
}
