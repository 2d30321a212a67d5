package fr.vigie.publicbody;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.web.FieldError;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Msg;

/**
 * CSV import in two steps: a preview that lists every bad line and every duplicate, then an import
 * that writes all the new bodies or, if any line is bad, nothing at all.
 */
@ApplicationScoped
public class BodyImportService {

    /** Largest CSV accepted: a directory of several thousand bodies fits comfortably. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final PublicBodyService bodies;

    public BodyImportService(PublicBodyService bodies) {
        this.bodies = bodies;
    }

    /** A line already in the directory (or earlier in the file): reported, not doubled. */
    public record Duplicate(long line, String name, String departement) {
    }

    public record Preview(List<BodyCsv.Row> toCreate, List<Duplicate> duplicates, List<FieldError> errors) {
        public boolean importable() {
            return errors.isEmpty() && !toCreate.isEmpty();
        }
    }

    public record Result(int created, int skipped) {
    }

    @Transactional
    public Preview preview(Msg msg, byte[] csv) {
        if (csv.length > MAX_BYTES) {
            return new Preview(List.of(), List.of(), List.of(new FieldError("file", msg.v_file_too_large(MAX_BYTES / 1024 / 1024))));
        }
        BodyCsv.Parsed parsed = BodyCsv.parse(msg, csv);
        List<BodyCsv.Row> toCreate = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BodyCsv.Row row : parsed.rows()) {
            String departement = Departements.canonical(row.input().departement());
            String key = PublicBody.dedupKeyOf(row.input().name().strip(), departement);
            if (!seen.add(key) || PublicBody.count("dedupKey", key) > 0) {
                duplicates.add(new Duplicate(row.line(), row.input().name().strip(), departement));
            } else {
                toCreate.add(row);
            }
        }
        return new Preview(toCreate, duplicates, parsed.errors());
    }

    /** Imports every new body of the file, or nothing when any line is bad (422 listing them all). */
    @Transactional
    public Result importCsv(Msg msg, byte[] csv) {
        Preview preview = preview(msg, csv);
        if (!preview.errors().isEmpty()) {
            throw InvalidInputException.of(preview.errors());
        }
        for (BodyCsv.Row row : preview.toCreate()) {
            bodies.create(msg, row.input());
        }
        return new Result(preview.toCreate().size(), preview.duplicates().size());
    }
}
