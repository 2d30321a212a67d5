package fr.vigie.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
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

import fr.vigie.account.AppUser;
import fr.vigie.letter.identity.RequesterIdentity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A letter as the user kept it: its exact text and the blocks printed around it, copied at keep time.
 * Never rewritten (no setter is ever called after the insert): a new version is a new letter.
 */
@Entity
@Table(name = "kept_letter")
public class KeptLetter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The request it belongs to (the id only: this package reads requests through {@link LetterFactsReader}). */
    @Column(name = "request_id", nullable = false, updatable = false)
    public long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    public LetterKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "identity_id", updatable = false)
    public RequesterIdentity identity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    public LetterLanguage language;

    @Column(nullable = false, length = 16, updatable = false)
    public String channel;

    @Column(name = "letter_date", nullable = false, updatable = false)
    public LocalDate letterDate;

    @Column(name = "sender_block", nullable = false, length = 1000, updatable = false)
    public String senderBlock;

    @Column(name = "recipient_block", nullable = false, length = 1000, updatable = false)
    public String recipientBlock;

    @Column(nullable = false, length = 100, updatable = false)
    public String place;

    @Column(name = "letter_text", nullable = false, length = 60000, updatable = false)
    public String text;

    @Column(name = "grouped_ids", length = 2000, updatable = false)
    public String groupedIds;

    /** SHA-256 of the text, to show it was never changed. */
    @Column(nullable = false, length = 64, updatable = false)
    public String sha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    public AppUser createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public PrintedLetter printed() {
        return new PrintedLetter(language, senderBlock.lines().toList(), recipientBlock.lines().toList(),
                language.placeAndDate(place, letterDate), channel, text);
    }

    public List<Long> groupedRequestIds() {
        return groupedIds == null ? List.of() : Arrays.stream(groupedIds.split(",")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList();
    }

    public static List<KeptLetter> ofRequest(long requestId) {
        return list("requestId = ?1 order by id", requestId);
    }
}
