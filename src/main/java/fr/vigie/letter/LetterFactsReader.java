package fr.vigie.letter;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.deadline.Regime;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.RequestEvent;
import fr.vigie.request.RequestReader;
import fr.vigie.request.document.DocumentStore;
import fr.vigie.request.document.RequestDocument;
import fr.vigie.request.item.RequestItem;
import fr.vigie.deadline.Text;
import java.util.Locale;
import fr.vigie.request.procedure.ProcedureState;
import fr.vigie.web.Texts;

/**
 * The one place this package reads the request core (requests, events, deadlines, documents), turning them
 * into plain {@link LetterFacts}. When the core moves, only this class changes.
 */
@ApplicationScoped
public class LetterFactsReader {

    /** A document of a request with its bytes, for the export. */
    public record DocumentFile(long id, String fileName, String contentType, String sha256, java.time.Instant uploadedAt, byte[] bytes) {
    }

    private final RequestReader requests;
    private final DocumentStore documents;
    private final AppClock clock;

    public LetterFactsReader(RequestReader requests, DocumentStore documents, AppClock clock) {
        this.requests = requests;
        this.documents = documents;
        this.clock = clock;
    }

    /** The request's facts as of today; a missing request is a 404. */
    @Transactional
    public LetterFacts facts(long requestId) {
        return of(requests.get(requestId));
    }

    /**
     * The owner's other CRPA requests for the same documents (same title, ignoring case and accents), as
     * candidates for a grouped CADA referral. Titles are compared on a light projection (SQL lower() depends on
     * the database's locale); only the matching requests are read whole.
     */
    @Transactional
    public List<LetterFacts> sameDocuments(LetterFacts request) {
        String title = Texts.fold(request.title());
        List<Object[]> titles = AccessRequest.getEntityManager().createQuery(
                "select r.id, r.title from AccessRequest r where r.regime = ?1 and r.owner.id = ?2 and r.id <> ?3 order by r.id",
                Object[].class).setParameter(1, Regime.FR_CRPA).setParameter(2, request.ownerId())
                .setParameter(3, request.id()).getResultList();
        return titles.stream().filter(t -> Texts.fold((String) t[1]).equals(title))
                .map(t -> of(AccessRequest.<AccessRequest>findById(t[0]))).toList();
    }

    /** Every document of the request with its bytes, oldest first. */
    @Transactional
    public List<DocumentFile> documents(long requestId) {
        requests.get(requestId);
        return documents.of(requestId).stream().map(d -> file(requestId, d)).toList();
    }

    private DocumentFile file(long requestId, RequestDocument d) {
        byte[] bytes = documents.download(requestId, d.id).bytes();
        return new DocumentFile(d.id, d.fileName, d.contentType, d.sha256, d.uploadedAt, bytes);
    }

    private LetterFacts of(AccessRequest r) {
        List<RequestEvent> timeline = requests.timeline(r);
        ProcedureState state = requests.stateOf(r, timeline);
        List<LetterFacts.Happened> events = timeline.stream().map(LetterFactsReader::happened).toList();
        LetterFacts.Body body = new LetterFacts.Body(r.body.id, r.body.name, r.body.postalAddress, r.body.email,
                r.body.prada, r.body.departement);
        LocalDate created = r.createdAt.atZone(clock.zone()).toLocalDate();
        return new LetterFacts(r.id, r.owner.id, r.title, r.text, r.regime, r.channel.name(), r.bodyReference,
                r.cadaCaseNumber, r.courtCaseNumber, created, body, state.stage().name(), events, state.deadlines(),
                state.receipt(), state.receiptEstimated(), r.identityId, items(r.id));
    }

    private static List<LetterFacts.AskedItem> items(long requestId) {
        return RequestItem.of(requestId).stream().map(i -> new LetterFacts.AskedItem(i.label, i.effective().name(),
                i.effective().given(), i.groundList().stream().map(g -> new Text(g.cited(Locale.FRENCH), g.cited(Locale.ENGLISH)))
                        .toList())).toList();
    }

    private static LetterFacts.Happened happened(RequestEvent e) {
        return new LetterFacts.Happened(e.type.name(), e.date, e.outcome == null ? null : e.outcome.name(),
                e.outcome != null && e.outcome.isRefusal(), e.avis == null ? null : e.avis.name(), e.caseNumber,
                e.toBody == null ? null : e.toBody.name);
    }
}
