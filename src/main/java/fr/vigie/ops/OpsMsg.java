package fr.vigie.ops;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the administration API ({opsmsg:key}); English in messages/opsmsg_en.properties. */
@MessageBundle(value = "opsmsg", locale = "fr")
public interface OpsMsg {

    @Message("La base est PostgreSQL : sauvegardez-la avec pg_dump -Fc et restaurez-la avec pg_restore (voir le README).")
    String backup_not_h2();

    @Message("La base H2 est en mémoire : il n'y a pas de fichier à sauvegarder.")
    String backup_in_memory();
}
