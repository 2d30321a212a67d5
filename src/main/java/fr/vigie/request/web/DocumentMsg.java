package fr.vigie.request.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts about documents ({docmsg:key}); English in messages/docmsg_en.properties. */
@MessageBundle(value = "docmsg", locale = "fr")
public interface DocumentMsg {

    @Message("{name} : le fichier est vide")
    String v_empty(String name);

    @Message("{name} : le contenu ({type}) ne correspond pas à l'extension « .{ext} »")
    String v_disguised(String name, String ext, String type);

    @Message("{name} : type refusé ({type}) ; les pages web, scripts et programmes ne sont pas acceptés")
    String v_active(String name, String type);

    @Message("{max} fichiers au plus par événement")
    String v_too_many(int max);

    @Message("Pièces jointes")
    String attachments();

    @Message("Plusieurs fichiers possibles, {max} Mo au plus chacun. PDF, images, bureautique, courriels ; pas de pages web ni de programmes.")
    String attachments_hint(long max);

    @Message("Autres documents")
    String other_documents();

    @Message("télécharger {name}")
    String download(String name);
}
