package fr.vigie.publicbody;

import fr.vigie.web.FieldChecks;
import fr.vigie.web.Msg;

/** Checks a submitted body field by field and copies the accepted values onto the entity. */
final class BodyValidator {

    static final int NAME_MAX = 300;
    static final int SHORT_NAME_MAX = 100;
    static final int TEXT_MAX = 500;
    static final int EMAIL_MAX = 254;
    static final int NOTES_MAX = 10_000;
    private static final int MAX_PARENT_DEPTH = 50;

    private BodyValidator() {
    }

    /** The accepted values of one submission, once every field has been checked. */
    private record Values(String name, String shortName, BodyKind kind, String departement, String postalAddress,
            String email, String prada, String website, String notes) {
    }

    /**
     * Validates {@code input} for the body {@code self} (null when creating) and, when all is well,
     * writes it onto {@code target}. Parent lookups and the duplicate check touch the database.
     */
    static void apply(Msg msg, BodyInput input, PublicBody self, PublicBody target) {
        FieldChecks checks = new FieldChecks(msg);
        Values v = read(checks, input);
        PublicBody parent = parent(checks, input.parentId(), self);
        if (!checks.hasErrors()) {
            PublicBody other = PublicBody.find("dedupKey", PublicBody.dedupKeyOf(v.name(), v.departement())).firstResult();
            if (other != null && (self == null || !other.id.equals(self.id))) {
                checks.add("name", msg.v_duplicate_body());
            }
        }
        checks.throwIfAny();
        copy(v, input, parent, target);
    }

    /**
     * For the rows of a CSV import, whose duplicates were checked together beforehand (one query for the whole
     * file, not one per row) and which name no parent.
     */
    static void applyImported(Msg msg, BodyInput input, PublicBody target) {
        FieldChecks checks = new FieldChecks(msg);
        Values v = read(checks, input);
        checks.throwIfAny();
        copy(v, input, null, target);
    }

    private static void copy(Values v, BodyInput input, PublicBody parent, PublicBody target) {
        target.name = v.name();
        target.shortName = v.shortName();
        target.kind = v.kind();
        target.departement = v.departement();
        target.postalAddress = v.postalAddress();
        target.email = v.email();
        target.prada = v.prada();
        target.website = v.website();
        target.notes = v.notes();
        target.addressChecked = input.addressChecked();
        target.parent = parent;
        target.refreshDerived();
    }

    /** The checks that need no database: used for CSV lines before anything is looked up. */
    static FieldChecks check(Msg msg, BodyInput input) {
        FieldChecks checks = new FieldChecks(msg);
        read(checks, input);
        return checks;
    }

    private static Values read(FieldChecks checks, BodyInput input) {
        return new Values(
                checks.line("name", input.name(), true, NAME_MAX),
                checks.line("shortName", input.shortName(), false, SHORT_NAME_MAX),
                checks.oneOf("kind", input.kind(), BodyKind.class, true),
                departement(checks, input.departement()),
                checks.lines("postalAddress", input.postalAddress(), false, TEXT_MAX),
                checks.email("email", input.email(), EMAIL_MAX),
                checks.lines("prada", input.prada(), false, TEXT_MAX),
                checks.url("website", input.website(), TEXT_MAX),
                checks.lines("notes", input.notes(), false, NOTES_MAX));
    }

    private static String departement(FieldChecks checks, String value) {
        String code = checks.line("departement", value, false, 10);
        if (code == null) {
            return null;
        }
        String canonical = Departements.canonical(code);
        if (canonical == null) {
            checks.add("departement", checks.msg().v_departement());
        }
        return canonical;
    }

    private static PublicBody parent(FieldChecks checks, String value, PublicBody self) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id = checks.positive("parentId", value, 0, Long.MAX_VALUE);
        if (id == 0) {
            return null;
        }
        PublicBody parent = PublicBody.findById(id);
        if (parent == null) {
            checks.add("parentId", checks.msg().v_parent_missing());
            return null;
        }
        // the whole chain is walked: a cycle longer than the depth limit was accepted when the walk stopped there
        java.util.Set<Long> seen = new java.util.HashSet<>();
        PublicBody ancestor = parent;
        while (ancestor != null) {
            if (self != null && ancestor.id.equals(self.id) || !seen.add(ancestor.id)) {
                checks.add("parentId", checks.msg().v_parent_cycle());
                return null;
            }
            if (seen.size() > MAX_PARENT_DEPTH) {
                checks.add("parentId", checks.msg().v_parent_too_deep(MAX_PARENT_DEPTH));
                return null;
            }
            ancestor = ancestor.parent;
        }
        return parent;
    }
}
