package fr.vigie.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.request.AccessRequest;
import fr.vigie.request.procedure.NextStep;
import fr.vigie.request.web.RequestMsg;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The words of notices to users (digest, reminder), in the language each user chose; plain text, never HTML. */
@ApplicationScoped
public class NoticeTexts {

    /** A notice's subject and text. */
    public record Text(String subject, String body) {
    }

    private final MailSettings settings;

    NoticeTexts(MailSettings settings) {
        this.settings = settings;
    }

    public Text digest(DigestContent.Digest d, LocalDate today, String language, String unsubscribeToken) {
        RemindMsg msg = msg(language);
        RequestMsg rmsg = MessageBundles.get(RequestMsg.class, Localized.Literal.of(language));
        StringBuilder b = new StringBuilder(msg.hello()).append("\n\n").append(msg.digest_intro(date(today, language))).append('\n');
        if (!d.overdue().isEmpty()) {
            b.append('\n').append(msg.digest_overdue(d.totalOverdue())).append('\n');
            d.overdue().forEach(l -> line(b, l, msg.late(date(l.date(), language), l.daysLate()), language));
            if (d.totalOverdue() > d.overdue().size()) {
                b.append(msg.more(settings.publicBase() + "/")).append('\n');
            }
        }
        section(b, msg.digest_bodies_due(d.bodiesDue().size()), d.bodiesDue(), rmsg, language);
        section(b, msg.digest_yours_due(d.yoursDue().size()), d.yoursDue(), rmsg, language);
        footer(b, msg, unsubscribeToken);
        return new Text(msg.digest_subject(d.totalOverdue(), d.bodiesDue().size(), d.yoursDue().size()), b.toString());
    }

    public Text reminder(AccessRequest r, String note, String language, String unsubscribeToken) {
        RemindMsg msg = msg(language);
        StringBuilder b = new StringBuilder(msg.hello()).append("\n\n").append(msg.reminder_intro(r.title, r.body.name)).append('\n');
        if (note != null) {
            b.append(msg.reminder_note(note)).append('\n');
        }
        if (r.state.nextStep() != null) {
            String action = MessageBundles.get(RequestMsg.class, Localized.Literal.of(language)).action(r.state.nextStep(),
                    r.state.nextActionDate() == null ? "" : date(r.state.nextActionDate(), language));
            b.append(msg.reminder_next(action)).append('\n');
        }
        b.append(settings.publicBase()).append("/requests/").append(r.id).append('\n');
        footer(b, msg, unsubscribeToken);
        return new Text(msg.reminder_subject(r.title), b.toString());
    }

    private void section(StringBuilder b, String heading, List<DigestContent.Line> lines, RequestMsg rmsg, String language) {
        if (lines.isEmpty()) {
            return;
        }
        b.append('\n').append(heading).append('\n');
        for (DigestContent.Line l : lines) {
            NextStep step = l.step();
            line(b, l, step == null ? date(l.date(), language) : rmsg.action(step, date(l.date(), language)), language);
        }
    }

    private void line(StringBuilder b, DigestContent.Line l, String what, String language) {
        b.append("- ").append(l.title()).append(" (").append(l.bodyName()).append("fr".equals(language) ? ") : " : "): ")
                .append(what).append('\n')
                .append("  ").append(settings.publicBase()).append("/requests/").append(l.requestId()).append('\n');
    }

    private void footer(StringBuilder b, RemindMsg msg, String unsubscribeToken) {
        b.append("\n-- \n").append(msg.settings_link(settings.publicBase() + "/mail/reminders")).append('\n')
                .append(msg.unsubscribe_link(settings.publicBase() + "/mail/unsubscribe/" + unsubscribeToken)).append('\n');
    }

    static String date(LocalDate date, String language) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)));
    }

    static RemindMsg msg(String language) {
        return MessageBundles.get(RemindMsg.class, Localized.Literal.of(language));
    }
}
