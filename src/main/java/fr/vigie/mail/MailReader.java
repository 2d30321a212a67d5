package fr.vigie.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.Refusal;
import fr.vigie.request.RequestReader;

/** Lists of messages for pages and the API: a request's correspondence, the outbox, the inbox. */
@ApplicationScoped
public class MailReader {

    /** Most rows one page of a list shows. */
    public static final int PAGE_SIZE = 50;

    private final RequestReader requests;

    MailReader(RequestReader requests) {
        this.requests = requests;
    }

    @Transactional
    public List<MailMessage> ofRequest(long requestId) {
        requests.get(requestId); // 404 for an unknown request
        return MailMessage.ofRequest(requestId);
    }

    @Transactional
    public List<MailMessage> outbox(int page) {
        return MailMessage.<MailMessage>find("direction = ?1 and noticeUserId is null order by id desc", MailMessage.OUT)
                .page(page, PAGE_SIZE).list();
    }

    @Transactional
    public long outboxCount() {
        return MailMessage.count("direction = ?1 and noticeUserId is null", MailMessage.OUT); // notices are their users' own
    }

    @Transactional
    public List<MailMessage> inbox(int page) {
        return MailMessage.<MailMessage>find("direction = ?1 and status = ?2 order by id desc", MailMessage.IN, MailStatus.INBOX)
                .page(page, PAGE_SIZE).list();
    }

    @Transactional
    public long inboxCount() {
        return MailMessage.count("direction = ?1 and status = ?2", MailMessage.IN, MailStatus.INBOX);
    }

    /** One message of the request, or 404 (a message of another request is not found here). */
    @Transactional
    public MailMessage ofRequest(long requestId, long mailId) {
        MailMessage m = MailMessage.findById(mailId);
        if (m == null || m.requestId == null || m.requestId != requestId) {
            throw Refusal.notFound("mid");
        }
        return m;
    }

    static int page(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        if (!page.strip().matches("[0-9]{1,6}")) {
            throw Refusal.malformed("page", fr.vigie.app.FormCode.NOT_AN_ID);
        }
        return Integer.parseInt(page.strip());
    }

    @Transactional
    public List<MailMessage> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : MailMessage.list("id in ?1 order by id", ids);
    }

    /** The request's kept letters not yet marked sent: those a message may carry. */
    @Transactional
    public List<fr.vigie.letter.KeptLetter> letters(long requestId) {
        return fr.vigie.letter.KeptLetter.ofRequest(requestId).stream()
                .filter(l -> fr.vigie.letter.LetterSending.findById(l.id) == null).toList();
    }
}
