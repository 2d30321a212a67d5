package fr.vigie.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the dashboard ({dmsg:key}); English in messages/dmsg_en.properties. */
@MessageBundle(value = "dmsg", locale = "fr")
public interface DashboardMsg {

    @Message("Tableau de bord")
    String title();

    @Message("En cours")
    String open();

    @Message("En retard")
    String overdue();

    @Message("À échéance sous 7 jours")
    String due7();

    @Message("Devant la CADA")
    String at_cada();

    @Message("Au tribunal")
    String in_court();

    @Message("Terminées")
    String settled();

    @Message("Réponses en retard")
    String overdue_title();

    @Message("Rien n'est en retard.")
    String overdue_none();

    @Message("Échéances dans les {days} jours")
    String due_title(int days);

    @Message("Aucune échéance dans cette période.")
    String due_none();

    @Message("de vos échéances dans les 7 jours")
    String yours_due7();

    @Message("de vos échéances manquées")
    String yours_missed();

    @Message("Vos échéances manquées")
    String missed_title();

    @Message("Aucune de vos échéances n'est passée : saisines et recours ont été faits à temps.")
    String missed_none();

    @Message("Ce qui reste possible")
    String still_possible();

    @Message("Les {shown} premières sur {total} : la liste entière est dans l'export CSV.")
    String showing(int shown, long total);

    @Message("{days} jour(s) de retard")
    String days_late(long days);

    @Message("Mes demandes seulement")
    String mine();

    @Message("Exporter cette liste (CSV)")
    String export_csv();

    @Message("Statistiques par organisme")
    String stats_title();

    @Message("Comment chaque organisme répond : part des demandes envoyées qui ont reçu une réponse dans le délai légal, délai médian jusqu'à la première réponse (jours), retards en cours, refus, saisines de la CADA et avis, avis favorables restés sans effet.")
    String stats_intro();

    @Message("Aucune demande envoyée pour l'instant.")
    String stats_none();

    @Message("Réponses dans le délai légal (%), organismes les plus sollicités")
    String chart_caption();

    @Message("Envoyées")
    String col_sent();

    @Message("Dans les délais")
    String col_in_time();

    @Message("Délai médian (jours)")
    String col_median();

    @Message("Refus")
    String col_refusals();

    @Message("Saisines CADA")
    String col_cada();

    @Message("Avis CADA")
    String col_avis();

    @Message("Avis favorables ignorés")
    String col_ignored();

    @Message("Statistiques")
    String nav_stats();

    @Message("Période")
    String within();

    @Message("{days} jours")
    String days(int days);

    @Message("Demandes adressées à {name} seulement.")
    String body_filter(String name);

    @Message("Voir tous les organismes")
    String all_bodies();

    @Message("Ses demandes en retard et ses échéances, sur le tableau de bord")
    String body_dashboard();
}
