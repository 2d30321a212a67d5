package fr.vigie.letter.identity;

import java.time.Instant;
import java.util.ArrayList;
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
import jakarta.persistence.Version;

import fr.vigie.account.AppUser;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Who signs a letter: a person or an association, with the postal address and email a body answers to.
 * Only the name is needed to save one; {@link #missing()} lists what a letter would lack, so a letter says
 * which field to complete instead of printing a blank.
 */
@Entity
@Table(name = "requester_identity")
public class RequesterIdentity extends PanacheEntityBase {

    /** The fields a letter needs, in the order they are printed. */
    public enum Field { CIVILITY, FIRST_NAME, LAST_NAME, ORGANISATION, REPRESENTED_BY, REPRESENTED_AS, ADDRESS, POSTAL_CODE, CITY, EMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public AppUser owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IdentityKind kind;

    /** The user's own name for it ("moi", "association"), shown in pickers; never printed. */
    @Column(nullable = false, length = 100)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Civility civility;

    @Column(name = "first_name", length = 100)
    public String firstName;

    @Column(name = "last_name", length = 100)
    public String lastName;

    @Column(length = 200)
    public String organisation;

    @Column(name = "represented_by", length = 200)
    public String representedBy;

    /** The representative's function ("président", "trésorière"). */
    @Column(name = "represented_as", length = 100)
    public String representedAs;

    /** Street, building, PO box: one to three lines. */
    @Column(name = "address_lines", length = 400)
    public String addressLines;

    @Column(name = "postal_code", length = 20)
    public String postalCode;

    @Column(length = 100)
    public String city;

    @Column(length = 100)
    public String country;

    @Column(length = 254)
    public String email;

    @Column(length = 40)
    public String phone;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** What a letter signed with this identity would have to leave blank. */
    public List<Field> missing() {
        List<Field> missing = new ArrayList<>();
        if (kind == IdentityKind.PERSON) {
            check(missing, Field.CIVILITY, civility == null ? null : civility.name());
            check(missing, Field.FIRST_NAME, firstName);
            check(missing, Field.LAST_NAME, lastName);
        } else {
            check(missing, Field.ORGANISATION, organisation);
            check(missing, Field.REPRESENTED_BY, representedBy);
            check(missing, Field.REPRESENTED_AS, representedAs);
        }
        check(missing, Field.ADDRESS, addressLines);
        check(missing, Field.POSTAL_CODE, postalCode);
        check(missing, Field.CITY, city);
        check(missing, Field.EMAIL, email);
        return missing;
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    public List<String> addressLineList() {
        return addressLines == null ? List.of() : Arrays.stream(addressLines.split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    public static List<RequesterIdentity> ofOwner(long ownerId) {
        return list("owner.id = ?1 order by isDefault desc, id", ownerId);
    }

    private static void check(List<Field> missing, Field field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }
}
