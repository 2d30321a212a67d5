package fr.vigie.letter.identity;

/** An identity as submitted by a form or the API, before validation: all text, so each field can be reported. */
public record IdentityInput(String kind, String label, String civility, String firstName, String lastName,
        String organisation, String representedBy, String representedAs, String addressLines, String postalCode,
        String city, String country, String email, String phone, String isDefault) {

    public static IdentityInput empty() {
        return new IdentityInput("PERSON", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    public static IdentityInput of(RequesterIdentity i) {
        return new IdentityInput(i.kind.name(), i.label, i.civility == null ? "" : i.civility.name(), i.firstName,
                i.lastName, i.organisation, i.representedBy, i.representedAs, i.addressLines, i.postalCode, i.city,
                i.country, i.email, i.phone, String.valueOf(i.isDefault));
    }

    public boolean wantsDefault() {
        return isDefault != null && (isDefault.strip().equalsIgnoreCase("true") || isDefault.strip().equalsIgnoreCase("on"));
    }
}
