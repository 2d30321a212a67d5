package fr.vigie.publicbody;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a reference line brings to a body already in the directory ({@link ReferenceBodies}): a field the body lacks
 * is completed, a field still as the earlier edition wrote it is brought up to date, the line's notes are added to
 * the body's; a field holding anything else was edited by a user and is kept. Kind, département and parent are the
 * body's own and never change.
 *
 * @param input   the body's fields after the merge, for the directory's writer
 * @param changed the fields written
 * @param kept    the fields a user edited, left as they are, with what the file says
 */
record ReferenceMerge(BodyInput input, List<ReferenceBodies.Change> changed, List<ReferenceBodies.Change> kept) {

    static ReferenceMerge of(PublicBody body, BodyInput line, BodyInput earlier) {
        Fields f = new Fields(body, new ArrayList<>(), new ArrayList<>());
        String name = f.merge("name", body.name, line.name(), earlier == null ? null : earlier.name());
        if (!name.equals(body.name) && PublicBody.count("dedupKey", PublicBody.dedupKeyOf(name, body.departement)) > 0) {
            // another body already bears the new name (loaded twice before): this one keeps its own
            f.changed.remove(f.changed.size() - 1);
            f.kept.add(new ReferenceBodies.Change(body.id, body.name, "name", body.name, name));
            name = body.name;
        }
        String shortName = f.merge("shortName", body.shortName, line.shortName(), earlier == null ? null : earlier.shortName());
        String address = f.merge("postalAddress", body.postalAddress, line.postalAddress(),
                earlier == null ? null : earlier.postalAddress());
        String email = f.merge("email", body.email, line.email(), earlier == null ? null : earlier.email());
        String prada = f.merge("prada", body.prada, line.prada(), earlier == null ? null : earlier.prada());
        String website = f.merge("website", body.website, line.website(), earlier == null ? null : earlier.website());
        String notes = f.notes(body.notes, line.notes());
        // the file's "address checked" comes with its address, only when that address is the one taken
        boolean checked = !Objects.equals(address, body.postalAddress) ? line.addressChecked() : body.addressChecked;
        BodyInput input = new BodyInput(name, shortName, body.kind.name(), body.departement, address, email, prada, website,
                body.parent == null ? "" : String.valueOf(body.parent.id), notes, checked);
        return new ReferenceMerge(input, f.changed, f.kept);
    }

    private record Fields(PublicBody body, List<ReferenceBodies.Change> changed, List<ReferenceBodies.Change> kept) {

        /** The value the body keeps for one field: {@code stored} unless the file's may replace it. */
        String merge(String field, String stored, String fromFile, String fromEarlier) {
            String ref = blankIsNull(fromFile);
            String have = blankIsNull(stored);
            if (ref == null || ref.equals(have)) {
                return stored;
            }
            if (have == null || have.equals(blankIsNull(fromEarlier))) {
                changed.add(new ReferenceBodies.Change(body.id, body.name, field, have, ref));
                return ref;
            }
            kept.add(new ReferenceBodies.Change(body.id, body.name, field, have, ref));
            return stored;
        }

        /** The body's notes with the file's added after them, unless they are there already. */
        String notes(String stored, String fromFile) {
            String ref = blankIsNull(fromFile);
            String have = blankIsNull(stored);
            if (ref == null || (have != null && have.contains(ref))) {
                return stored;
            }
            String notes = have == null ? ref : have + "\n\n" + ref;
            changed.add(new ReferenceBodies.Change(body.id, body.name, "notes", have, notes));
            return notes;
        }
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
