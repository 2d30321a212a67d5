package fr.vigie.letter.identity;

import java.util.regex.Pattern;

import fr.vigie.web.FieldChecks;

/**
 * Checks an identity's fields and copies them onto the entity. Only the name is required (the last name of
 * a person, the name of an association): the rest may be completed later, and letters say what is missing.
 */
final class IdentityValidator {

    private static final Pattern PHONE = Pattern.compile("^[+0-9 ().-]{4,40}$");
    private static final int MAX_ADDRESS_LINES = 3;

    private IdentityValidator() {
    }

    static void apply(FieldChecks checks, IdentityMsg msg, IdentityInput in, RequesterIdentity target) {
        IdentityKind kind = checks.oneOf("kind", in.kind(), IdentityKind.class, true);
        String label = checks.line("label", in.label(), true, 100);
        Civility civility = checks.oneOf("civility", in.civility(), Civility.class, false);
        String firstName = checks.line("firstName", in.firstName(), false, 100);
        String lastName = checks.line("lastName", in.lastName(), kind == IdentityKind.PERSON, 100);
        String organisation = checks.line("organisation", in.organisation(), kind == IdentityKind.ASSOCIATION, 200);
        String representedBy = checks.line("representedBy", in.representedBy(), false, 200);
        String representedAs = checks.line("representedAs", in.representedAs(), false, 100);
        String address = checks.lines("addressLines", in.addressLines(), false, 400);
        if (address != null && address.lines().filter(l -> !l.isBlank()).count() > MAX_ADDRESS_LINES) {
            checks.add("addressLines", msg.v_address_lines(MAX_ADDRESS_LINES));
            address = null;
        }
        if (address != null && address.contains("\t")) {
            checks.add("addressLines", checks.msg().v_control_chars());
            address = null;
        }
        String postalCode = checks.line("postalCode", in.postalCode(), false, 20);
        String city = checks.line("city", in.city(), false, 100);
        String country = checks.line("country", in.country(), false, 100);
        String email = checks.email("email", in.email(), 254);
        String phone = checks.line("phone", in.phone(), false, 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            checks.add("phone", msg.v_phone());
            phone = null;
        }
        checks.throwIfAny();
        target.kind = kind;
        target.label = label;
        boolean person = kind == IdentityKind.PERSON;
        target.civility = person ? civility : null;
        target.firstName = person ? firstName : null;
        target.lastName = person ? lastName : null;
        target.organisation = person ? null : organisation;
        target.representedBy = person ? null : representedBy;
        target.representedAs = person ? null : representedAs;
        target.addressLines = address;
        target.postalCode = postalCode;
        target.city = city;
        target.country = country;
        target.email = email;
        target.phone = phone;
    }
}
