package fr.vigie.publicbody;

import java.time.Instant;

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

import fr.vigie.web.Texts;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A public body that receives requests: a ministry, a préfecture, a police service, a commune... */
@Entity
@Table(name = "public_body")
public class PublicBody extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "short_name", length = 100)
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public BodyKind kind;

    /** INSEE département code ("75", "2A", "971", "MF"...); null for national bodies. Picks the holiday calendar. */
    @Column(length = 3)
    public String departement;

    @Column(name = "postal_address", length = 500)
    public String postalAddress;

    @Column(length = 254)
    public String email;

    /** The body's PRADA (personne responsable de l'accès aux documents administratifs), R330-2 CRPA. */
    @Column(length = 500)
    public String prada;

    @Column(length = 500)
    public String website;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public PublicBody parent;

    @Column(length = 10000)
    public String notes;

    /** The address was read on a public page of the body (not merely guessed). */
    @Column(name = "address_checked", nullable = false)
    public boolean addressChecked;

    @Column(name = "dedup_key", nullable = false, length = 310)
    public String dedupKey;

    @Column(name = "search_text", nullable = false, length = 1000)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The same name in the same département is the same body. */
    public static String dedupKeyOf(String name, String departement) {
        String key = Texts.fold(name) + "|" + (departement == null ? "" : departement);
        return key.length() > 310 ? key.substring(0, 310) : key;
    }

    void refreshDerived() {
        dedupKey = dedupKeyOf(name, departement);
        String text = Texts.searchable(name + " " + (shortName == null ? "" : shortName) + " "
                + (postalAddress == null ? "" : postalAddress));
        searchText = text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
