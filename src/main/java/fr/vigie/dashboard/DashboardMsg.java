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

    @Message("{days} jour(s) de retard")
    String days_late(long days);

    @Message("Mes demandes seulement")
    String mine();

    @Message("Exporter cette liste (CSV)")
    String export_csv();

    @Message("Période")
    String within();

    @Message("{days} jours")
    String days(int days);
}
