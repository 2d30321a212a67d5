package fr.vigie.request;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import fr.vigie.account.AppUser;
import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Residence;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.procedure.DerivedState;
import fr.vigie.request.procedure.Outcome;
import fr.vigie.request.procedure.RequestEventType;
import fr.vigie.request.procedure.SendingChannel;
import fr.vigie.request.procedure.StateResolver;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A request for access to documents, sent to one public body. Its history is the timeline of
 * {@link RequestEvent}s; its {@link DerivedState} (stage, next action, overdue date, statistics facts) is
 * derived from it by {@link RequestService}, the only writer, and stored here for fast queries.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 300)
    public String title;

    /** The letter's text: the documents asked for. */
    @Column(name = "body_text", nullable = false, length = 20000)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Regime regime;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "public_body_id")
    public PublicBody body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public AppUser owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Visibility visibility;

    /** Random key of the public read-only address, stable for the life of the request. */
    @Column(name = "public_key", nullable = false, length = 40)
    public String publicKey;

    /** Tags as ",tag1,tag2," so that one tag is found with LIKE '%,tag,%'. */
    @Column(nullable = false, length = 600)
    public String tags;

    /** In whose name the request is made (a requester identity of the letters); null: the owner's default. */
    @Column(name = "identity_id")
    public Long identityId;

    /** Where the requester lives, for the distance periods before a court (CJA R421-7); null: not given. */
    @Enumerated(EnumType.STRING)
    @Column(name = "requester_residence", length = 16)
    public Residence requesterResidence;

    @Column(name = "body_reference", length = 200)
    public String bodyReference;

    @Column(name = "cada_case_number", length = 100)
    public String cadaCaseNumber;

    @Column(name = "court_case_number", length = 100)
    public String courtCaseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SendingChannel channel;

    /**
     * Stage, next action, overdue date and statistics facts, from the last fold. Excluded from the version: the
     * nightly recomputation must not make a form opened yesterday stale; a change of the timeline moves the
     * version explicitly ({@link RequestService}).
     */
    @Embedded
    @OptimisticLock(excluded = true)
    public DerivedState state;

    /** The outcome the request's items give (fr.vigie.request.item); null when none is decided. Derived, like the state. */
    @Enumerated(EnumType.STRING)
    @Column(name = "items_outcome", length = 16)
    @OptimisticLock(excluded = true)
    public Outcome itemsOutcome;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When a person last changed the request or its timeline; like the derived state, it does not move the version. */
    @Column(name = "updated_at", nullable = false)
    @OptimisticLock(excluded = true)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The context the procedure needs beside the timeline: the law, where the body sits, how it was sent. */
    public StateResolver.Context procedureContext() {
        return new StateResolver.Context(regime, body.departement, channel, requesterResidence);
    }

    /** A case number given with the registration or the filing is the request's reference from then on. */
    void takeCaseNumber(RequestEvent event) {
        if (event.caseNumber == null) {
            return;
        }
        switch (event.type) {
            case CADA_REGISTERED -> cadaCaseNumber = event.caseNumber;
            case COURT_FILED -> courtCaseNumber = event.caseNumber;
            default -> {
            }
        }
    }

    /** A deleted registration or filing takes back the case number it gave (unless another was typed since). */
    void forgetCaseNumber(RequestEvent event) {
        if (event.caseNumber == null) {
            return;
        }
        if (event.type == RequestEventType.CADA_REGISTERED && event.caseNumber.equals(cadaCaseNumber)) {
            cadaCaseNumber = null;
        } else if (event.type == RequestEventType.COURT_FILED && event.caseNumber.equals(courtCaseNumber)) {
            courtCaseNumber = null;
        }
    }

    public List<String> tagList() {
        return fr.vigie.form.Tags.ofStored(tags);
    }
}
