package fr.vigie.publicbody;

/**
 * A body as submitted by a form, the API or a CSV line, before validation: everything is text as
 * received, so that every problem can be reported against its field.
 */
public record BodyInput(String name, String shortName, String kind, String departement, String postalAddress,
        String email, String prada, String website, String parentId, String notes, boolean addressChecked) {

    public static BodyInput empty() {
        return new BodyInput("", "", "", "", "", "", "", "", "", "", false);
    }

    public static BodyInput of(PublicBody b) {
        return new BodyInput(b.name, b.shortName, b.kind.name(), b.departement, b.postalAddress, b.email, b.prada,
                b.website, b.parent == null ? "" : String.valueOf(b.parent.id), b.notes, b.addressChecked);
    }
}
