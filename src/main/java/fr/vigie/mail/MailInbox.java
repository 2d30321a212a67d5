package fr.vigie.mail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.request.EventForm;
import fr.vigie.request.RequestEvent;
import fr.vigie.request.RequestReader;
import fr.vigie.request.RequestService;
import fr.vigie.request.document.FileInspector;
import fr.vigie.request.document.Upload;

/**
 * What a person does with incoming mail: assign an unmatched message to a request, discard it, or confirm the
 * meaning of a matched one, which records its event through the request writer with its attachments. An
 * attachment the document rules refuse stays in the kept raw message, and the event's note says so.
 */
@ApplicationScoped
public class MailInbox {

    private final RequestService requests;
    private final RequestReader reader;
    private final FileInspector inspector;
    private final AppClock clock;
    private final Event<MailChanged> changed;

    MailInbox(RequestService requests, RequestReader reader, FileInspector inspector, AppClock clock,
            Event<MailChanged> changed) {
        this.requests = requests;
        this.reader = reader;
        this.inspector = inspector;
        this.clock = clock;
        this.changed = changed;
    }

    @Transactional
    public MailMessage assign(long mailId, Long requestId) {
        MailMessage m = incoming(mailId, MailStatus.INBOX, MailStatus.MATCHED);
        if (requestId == null) {
            throw Refusal.invalid("requestId", fr.vigie.app.FormCode.REQUIRED);
        }
        try {
            reader.get(requestId);
        } catch (Refusal notFound) {
            throw Refusal.invalid("requestId", fr.vigie.app.FormCode.NOT_AN_ID);
        }
        if (m.requestId != null && !m.requestId.equals(requestId)) {
            changed.fire(new MailChanged(m.requestId));
        }
        m.requestId = requestId;
        m.matchReason = "MANUAL";
        m.status = MailStatus.MATCHED;
        changed.fire(new MailChanged(requestId));
        return m;
    }

    @Transactional
    public MailMessage discard(long mailId) {
        MailMessage m = incoming(mailId, MailStatus.INBOX, MailStatus.MATCHED);
        m.status = MailStatus.DISCARDED;
        if (m.requestId != null) {
            changed.fire(new MailChanged(m.requestId));
        }
        return m;
    }

    /** Records the message's event on its request, dated the message's day unless the form says otherwise. */
    @Transactional
    public RequestEvent confirm(long requestId, long mailId, EventForm form, long actorId) {
        MailMessage m = MailMessage.findById(mailId);
        if (m == null || !MailMessage.IN.equals(m.direction) || m.requestId == null || m.requestId != requestId) {
            throw Refusal.notFound("mid");
        }
        requireStatus(m, MailStatus.MATCHED);
        MailRaw raw = MailRaw.findById(m.id);
        List<Upload> files = new ArrayList<>();
        List<String> left = new ArrayList<>();
        if (raw != null) {
            for (ParsedMail.Attachment a : MailParser.parse(raw.content).attachments()) {
                Upload upload = Upload.of(a.name(), a.bytes());
                try {
                    inspector.inspect("attachments", upload);
                    if (files.size() < RequestService.MAX_FILES_PER_EVENT) {
                        files.add(upload);
                    } else {
                        left.add(a.name() + " (" + RequestService.MAX_FILES_PER_EVENT + " pièces au plus)");
                    }
                } catch (Refusal refused) {
                    left.add(a.name() + " (" + refused.violations().get(0).code().name() + ")");
                }
            }
        }
        LocalDate day = (m.date != null ? m.date : m.createdAt).atZone(clock.zone()).toLocalDate();
        String note = form.note() != null ? form.note()
                : "Courriel de " + (m.from == null ? "?" : m.from) + " : " + (m.subject == null ? "" : m.subject);
        if (!left.isEmpty()) {
            note += "\nPièces restées dans le message d'origine : " + String.join(", ", left);
        }
        note = note.length() > 5000 ? note.substring(0, 5000) : note;
        EventForm dated = new EventForm(form.type(), form.date() != null ? form.date() : day.toString(), note, form.channel(),
                form.acknowledged(), form.toBodyId(), form.outcome(), form.avis(), form.caseNumber(), form.remediesStated());
        RequestEvent event = requests.addEvent(requestId, dated, files, actorId, null);
        m.status = MailStatus.CONFIRMED;
        m.eventId = event.id;
        return event;
    }

    private static MailMessage incoming(long mailId, MailStatus... allowed) {
        MailMessage m = MailMessage.findById(mailId);
        if (m == null || !MailMessage.IN.equals(m.direction)) {
            throw Refusal.notFound("mid");
        }
        requireStatus(m, allowed);
        return m;
    }

    private static void requireStatus(MailMessage m, MailStatus... allowed) {
        for (MailStatus s : allowed) {
            if (m.status == s) {
                return;
            }
        }
        throw new Refusal(Refusal.Kind.CONFLICT, List.of(Violation.of("mid", MailCode.WRONG_STATUS, m.status.name())));
    }
}
