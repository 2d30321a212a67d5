package fr.vigie.publicbody;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import fr.vigie.web.FieldError;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Msg;

/**
 * CSV import in two steps: a preview that lists every bad line and every duplicate, then an import
 * that writes all the new bodies or, if any line is bad, nothing at all.
 */
@ApplicationScoped
public class BodyImportService {

    /**
     * Largest CSV accepted: the 36,000 French communes take about 2 MB. The confirmation posts the file back as a
     * form field, so this stays under quarkus.http.limits.max-form-attribute-size (4M).
     */
    public static final int MAX_BYTES = 3 * 1024 * 1024;
    /** Dedup keys looked up per query (a bound list: every database accepts a thousand parameters). */
    private static final int KEYS_PER_QUERY = 1000;

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
        Set<String> existing = existingKeys(parsed.rows().stream().map(BodyImportService::keyOf).toList());
        for (BodyCsv.Row row : parsed.rows()) {
            String departement = Departements.canonical(row.input().departement());
            String key = keyOf(row);
            if (!seen.add(key) || existing.contains(key)) {
                duplicates.add(new Duplicate(row.line(), row.input().name().strip(), departement));
            } else {
                toCreate.add(row);
            }
        }
        return new Preview(toCreate, duplicates, parsed.errors());
    }

    private static String keyOf(BodyCsv.Row row) {
        return PublicBody.dedupKeyOf(row.input().name().strip(), Departements.canonical(row.input().departement()));
    }

    /** Which of the keys the directory already holds: one query per thousand keys, not one per line. */
    private static Set<String> existingKeys(List<String> keys) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < keys.size(); i += KEYS_PER_QUERY) {
            found.addAll(PublicBody.getEntityManager()
                    .createQuery("select b.dedupKey from PublicBody b where b.dedupKey in :keys", String.class)
                    .setParameter("keys", keys.subList(i, Math.min(keys.size(), i + KEYS_PER_QUERY))).getResultList());
        }
        return found;
    }

    /** Imports every new body of the file, or nothing when any line is bad (422 listing them all). */
    public Result importCsv(Msg msg, byte[] csv) {
        return importCsv(msg, csv, (written, total) -> {
        });
    }

    /** How far an import has gone: bodies written of those to write. */
    @FunctionalInterface
    public interface Progress {
        void written(int written, int total);
    }

    /**
     * Imports every new body of the file in one transaction, or nothing when any line is bad (422 listing them all)
     * or any write fails. The 36,000 communes take seconds (README); the timeout leaves room for a loaded machine.
     */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public Result importCsv(Msg msg, byte[] csv, Progress progress) {
        Preview preview = preview(msg, csv);
        if (!preview.errors().isEmpty()) {
            throw InvalidInputException.of(preview.errors());
        }
        int total = preview.toCreate().size();
        progress.written(0, total);
        bodies.createImported(msg, preview.toCreate().stream().map(BodyCsv.Row::input).toList(),
                written -> progress.written(written, total));
        return new Result(total, preview.duplicates().size());
    }
}
