package fr.vigie.letter.identity;

import java.util.List;

/** An identity as the API shows it; {@code missing} lists what letters would have to leave to complete. */
public record IdentityJson(long id, String kind, String label, String civility, String firstName, String lastName,
        String organisation, String representedBy, String representedAs, String addressLines, String postalCode,
        String city, String country, String email, String phone, boolean isDefault, List<String> missing, long version) {

    public static IdentityJson from(RequesterIdentity i) {
        return new IdentityJson(i.id, i.kind.name(), i.label, i.civility == null ? null : i.civility.name(), i.firstName,
                i.lastName, i.organisation, i.representedBy, i.representedAs, i.addressLines, i.postalCode, i.city,
                i.country, i.email, i.phone, i.isDefault, i.missing().stream().map(Enum::name).toList(), i.version);
    }
}
