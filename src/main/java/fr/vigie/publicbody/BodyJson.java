package fr.vigie.publicbody;

import java.time.Instant;

/** A public body as the API shows it. */
public record BodyJson(long id, String name, String shortName, BodyKind kind, String departement,
        String postalAddress, String email, String prada, String website, Long parentId, String notes,
        boolean addressChecked, long version, Instant createdAt, Instant updatedAt) {

    static BodyJson from(PublicBody b) {
        return new BodyJson(b.id, b.name, b.shortName, b.kind, b.departement, b.postalAddress, b.email, b.prada,
                b.website, b.parent == null ? null : b.parent.id, b.notes, b.addressChecked, b.version,
                b.createdAt, b.updatedAt);
    }

    /** What the API accepts to create or update a body. {@code version}, on update, guards against lost edits. */
    public record Input(String name, String shortName, String kind, String departement, String postalAddress,
            String email, String prada, String website, Long parentId, String notes, Boolean addressChecked,
            Long version) {

        BodyInput toInput() {
            return new BodyInput(name, shortName, kind, departement, postalAddress, email, prada, website,
                    parentId == null ? null : String.valueOf(parentId), notes, Boolean.TRUE.equals(addressChecked));
        }
    }
}
