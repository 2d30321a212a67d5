package fr.vigie.request.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the request pages ({rpmsg:key}); English in messages/rpmsg_en.properties. */
@MessageBundle(value = "rpmsg", locale = "fr")
public interface RequestPageMsg {

    @Message("Demandes")
    String list_title();

    @Message("Nouvelle demande")
    String new_request();

    @Message("Modifier la demande")
    String edit_request();

    @Message("Aucune demande ne correspond.")
    String none();

    @Message("Titre")
    String title();

    @Message("Texte de la demande (documents demandés)")
    String text();

    @Message("Régime")
    String regime_label();

    @Message("Organisme destinataire")
    String body();

    @Message("Mode d'envoi")
    String channel_label();

    @Message("Visibilité")
    String visibility_label();

    @Message("Étiquettes (séparées par des virgules)")
    String tags();

    @Message("Référence de l'organisme")
    String bodyReference();

    @Message("Domicile du demandeur (délais de recours)")
    String residence();

    @Message("N° de dossier CADA")
    String cadaCaseNumber();

    @Message("N° d'instance au tribunal")
    String courtCaseNumber();

    @Message("Partir d'un modèle")
    String start_from();

    @Message("Étape")
    String stage_label();

    @Message("Prochaine action")
    String next_action();

    @Message("Enregistrer")
    String save();

    @Message("Modifier")
    String edit();

    @Message("Tous")
    String all();

    @Message("Filtrer")
    String filter();

    @Message("Tri")
    String sort_label();

    @Message("{#when sort}{#is NEXT_ACTION}Prochaine échéance{#is NEWEST}Plus récentes{#is TITLE}Titre{/when}")
    String sort(RequestSearch.Sort sort);

    @Message("Étiquette")
    String tag();

    @Message("Responsable")
    String owner();

    @Message("en retard depuis le {date}")
    String overdue_since(String date);

    @Message("{#if days == 0}aujourd'hui{#else if days == 1}demain{#else if days > 1}dans {days} jours{#else if days == -1}dépassé d'un jour{#else}dépassé de {late} jours{/if}")
    String days_left(long days, long late);

    @Message("Enregistrer cette étape")
    String record_step();

    @Message("Échéances")
    String deadlines();

    @Message("Pour information, autres dates possibles :")
    String also_possible();

    @Message("Chronologie")
    String timeline();

    @Message("Ajouter un événement")
    String add_event();

    @Message("Supprimer")
    String delete_event();

    @Message("Réception : {date}{#if estimated} (estimée d'après la date d'envoi, en attendant la date réelle){/if}")
    String receipt(String date, boolean estimated);

    @Message("Demande publique : lecture seule.")
    String public_notice();

    @Message("Adresse publique")
    String public_address();

    @Message("Type d'événement")
    String event_type();

    @Message("Date")
    String date();

    @Message("Note")
    String note();

    @Message("Accusé de réception conforme reçu (date de réception, délais et voies de recours)")
    String acknowledged();

    @Message("Transmise à (organisme compétent)")
    String toBody();

    @Message("Résultat")
    String outcome_label();

    @Message("Sens de l'avis")
    String avis_label();

    @Message("N° de dossier")
    String caseNumber();

    @Message("Voies et délais de recours (décision de refus, rejet d'un recours gracieux, décision de la CNIL)")
    String remedies_label();

    @Message("La décision indique les voies et délais de recours")
    String remedies_stated();

    @Message("La décision n'indique pas les voies et délais de recours (délais non opposables)")
    String remedies_omitted();

    @Message("par {who}")
    String recorded_by(String who);

    @Message("{#when stage}{#is DRAFT}Brouillon{#is AWAITING_ANSWER}En attente de réponse{#is REFUSED}Refusée{#is UNDER_REVIEW}Devant la CADA / en recours{#is BEFORE_CNIL}Devant la CNIL{#is AWAITING_DECISION}Décision attendue après avis{#is FINAL_REFUSAL}Refus confirmé{#is IN_COURT}Au tribunal{#is JUDGED}Jugée{#is ANSWERED}Communiquée{#is WITHDRAWN}Retirée{#is CLOSED}Close{/when}")
    String stage(fr.vigie.request.procedure.RequestStage stage);

    @Message("{#when regime}{#is FR_CRPA}CADA (CRPA){#is FR_GDPR}RGPD, droit d'accès{#is US_FOIA}FOIA (États-Unis){#is UK_FOIA}FOIA (Royaume-Uni){#is DE_IFG}IFG (Allemagne){/when}")
    String regime(fr.vigie.deadline.Regime regime);

    @Message("{#when channel}{#is EMAIL}Courriel{#is ONLINE_FORM}Formulaire en ligne{#is POST}Courrier simple{#is REGISTERED_POST}Recommandé avec avis de réception{#is HAND_DELIVERY}Remise en main propre{/when}")
    String channel(fr.vigie.request.procedure.SendingChannel channel);

    @Message("{#when visibility}{#is 'PUBLIC'}Publique (lisible sans connexion){#is 'PRIVATE'}Privée (utilisateurs connectés){/when}")
    String visibility(String visibility);

    @Message("{#when party}{#is 'ADMINISTRATION'}l'administration{#is 'REQUESTER'}vous{#is 'CADA'}la CADA{#is 'CNIL'}la CNIL{/when}")
    String party(String party);

    @Message("{#when type}{#is 'SENT'}Demande envoyée{#is 'RECEIVED'}Reçue par l'organisme{#is 'CLARIFICATION_ASKED'}Précisions demandées{#is 'CLARIFICATION_GIVEN'}Précisions apportées{#is 'TRANSFERRED'}Transmise à un autre organisme{#is 'EXTENSION_NOTIFIED'}Prolongation notifiée{#is 'ANSWER'}Réponse{#is 'DOCUMENTS_RECEIVED'}Documents reçus{#is 'CADA_REFERRAL_SENT'}Saisine de la CADA envoyée{#is 'CADA_REGISTERED'}Saisine enregistrée par la CADA{#is 'CADA_AVIS'}Avis de la CADA{#is 'DECISION_AFTER_AVIS'}Décision après l'avis{#is 'REASONS_ASKED'}Motifs demandés (L232-4){#is 'REASONS_GIVEN'}Motifs communiqués{#is 'RECOURS_GRACIEUX_RECEIVED'}Recours gracieux reçu par l'organisme{#is 'RECOURS_GRACIEUX_REJECTED'}Recours gracieux rejeté{#is 'LEGAL_AID_REQUESTED'}Aide juridictionnelle demandée{#is 'LEGAL_AID_DECIDED'}Décision sur l'aide juridictionnelle{#is 'APPEAL_SENT'}Recours administratif / réexamen demandé{#is 'ICO_DECISION_NOTICE'}Décision de l'ICO (decision notice){#is 'CNIL_COMPLAINT_RECEIVED'}Plainte reçue par la CNIL{#is 'CNIL_DECISION'}Décision de la CNIL sur la plainte{#is 'INDIRECT_ACCESS_REQUESTED'}Accès indirect demandé à la CNIL{#is 'COURT_FILED'}Requête au tribunal déposée{#is 'JUDGMENT'}Jugement{#is 'JUDGMENT_NOTIFIED'}Jugement notifié{#is 'WITHDRAWN'}Demande retirée{#is 'CLOSED'}Dossier clos{/when}")
    String event(String type);

    @Message("{#when outcome}{#is 'FULL'}Communication complète{#is 'PARTIAL'}Communication partielle{#is 'REFUSED'}Refus{#is 'NOT_HELD'}Document inexistant ou non détenu{#is 'OTHER'}Autre{/when}")
    String outcome(String outcome);

    @Message("{#when avis}{#is 'FAVOURABLE'}Favorable{#is 'UNFAVOURABLE'}Défavorable{#is 'PARTLY_FAVOURABLE'}Partiellement favorable{#is 'INADMISSIBLE'}Irrecevable{#is 'NO_LONGER_RELEVANT'}Sans objet{/when}")
    String avis(String avis);
}
