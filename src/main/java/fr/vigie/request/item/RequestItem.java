package fr.vigie.request.item;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import fr.vigie.request.procedure.Avis;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One document asked for in a request, and what became of it. Written only by the request writer (through
 * {@link ItemWriter}); the request's outcome is derived from its items ({@link ItemRules#derive}).
 */
@Entity
@Table(name = "request_item")
public class RequestItem extends PanacheEntityBase {

    public static final int LABEL_MAX = 300;
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(name = "item_position", nullable = false)
    public int position;

    @Column(nullable = false, length = LABEL_MAX)
    public String label;

    @Column(length = TEXT_MAX)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ItemOutcome outcome = ItemOutcome.PENDING;

    /** The event that decided the outcome; null while PENDING. */
    @Column(name = "event_id")
    public Long eventId;

    /** What was blacked out and why, where the document is published, what the body said. */
    @Column(length = TEXT_MAX)
    public String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_item_ground", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ground", length = 48)
    public Set<LegalGround> grounds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_item_document", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "document_id")
    public Set<Long> documentIds = new LinkedHashSet<>();

    /** The CADA's avis on this item, when it is said per item; null: the request's avis applies. */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public Avis avis;

    /** What the body decided on this item after the avis; null when it said nothing of it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "after_avis", length = 40)
    public ItemOutcome afterAvis;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** What the item finally is (the decision after the avis when there is one). */
    public ItemOutcome effective() {
        return ItemRules.effective(outcome, afterAvis);
    }

    /** The CADA's avis on this item, its own or the request's ({@link ItemRules#avisOn}). */
    public Avis avisOn(Avis requestAvis) {
        return ItemRules.avisOn(avis, requestAvis, outcome);
    }

    /** "Avis favorable non suivi" for this item, given whether the request as a whole was refused after a favourable avis. */
    public boolean favourableIgnored(Avis requestAvis, boolean requestIgnored) {
        return ItemRules.favourableIgnored(avisOn(requestAvis), outcome, afterAvis, requestIgnored);
    }

    /** The grounds in the order of the law. */
    public List<LegalGround> groundList() {
        return grounds.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(grounds));
    }

    /** The items of a request, in the letter's order. */
    public static List<RequestItem> of(long requestId) {
        return list("requestId = ?1 order by position, id", requestId);
    }
}
