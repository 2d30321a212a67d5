package fr.vigie.campaign;

import java.time.Instant;
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
import jakarta.persistence.Version;

import fr.vigie.account.AppUser;
import fr.vigie.deadline.Regime;
import fr.vigie.form.Tags;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The same request sent to many bodies and followed as one. Its requests are ordinary requests, written by the
 * request writer, tied to it by {@link CampaignMember}; the letter text here is the template they were rendered from.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 5000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Regime regime;

    /** The letter with its merge fields ({@link LetterTemplate}). */
    @Column(name = "letter_text", nullable = false, length = 20000)
    public String letterText;

    /** ",tag1,tag2," as on requests; given to every request of the campaign. */
    @Column(nullable = false, length = 600)
    public String tags;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public AppUser owner;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    public List<String> tagList() {
        return Tags.ofStored(tags);
    }
}
