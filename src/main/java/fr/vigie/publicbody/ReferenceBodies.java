package fr.vigie.publicbody;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.web.Msg;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The bodies of the BriefCam case shipped with Vigie (resources/reference), loaded into the directory through its
 * writer, as often as asked. Each line is matched to a body of the same name and département, else of the name the
 * earlier edition of the file gave it (whose names carried comments, now in the notes), else of the same short name
 * and département; lines matched by none are added. A matched body gets what the file knows and it lacks: an empty
 * field is completed, a value still as the earlier edition wrote it is brought up to date, the file's notes are
 * added to the body's; any other value is a user's edit, kept and reported beside the file's.
 */
@ApplicationScoped
public class ReferenceBodies {

    static final String CURRENT = "/reference/briefcam-bodies.csv";
    /** The edition loaded before names were names only: what a value never edited by a user looks like. */
    static final String EARLIER = "/reference/briefcam-bodies-earlier.csv";

    /** One field of one body: written ({@code before} → {@code after}) or kept as a user edited it. */
    public record Change(long bodyId, String body, String field, String before, String after) {
    }

    /**
     * What loading did.
     *
     * @param ids     the reference bodies' ids, in the file's order
     * @param changed the fields written on bodies already there
     * @param kept    the fields left as a user edited them, with what the file says
     */
    public record Loaded(List<Long> ids, int created, int present, List<Change> changed, List<Change> kept) {
    }

    private final PublicBodyService bodies;

    public ReferenceBodies(PublicBodyService bodies) {
        this.bodies = bodies;
    }

    public int count() {
        return read(CURRENT).size();
    }

    @Transactional
    public Loaded load(Msg msg) {
        return load(msg, read(CURRENT), read(EARLIER));
    }

    /** Loads {@code current}, {@code earlier} being the edition a directory may have been loaded from before. */
    @Transactional
    Loaded load(Msg msg, List<BodyInput> current, List<BodyInput> earlier) {
        Map<String, BodyInput> before = new HashMap<>();
        earlier.forEach(line -> before.put(key(line), line));
        List<Long> ids = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<Change> kept = new ArrayList<>();
        int created = 0;
        for (BodyInput line : current) {
            BodyInput old = before.get(key(line));
            PublicBody body = find(line, old);
            if (body == null) {
                ids.add(bodies.create(msg, line).id);
                created++;
                continue;
            }
            ids.add(body.id);
            ReferenceMerge merge = ReferenceMerge.of(body, line, old);
            changed.addAll(merge.changed());
            kept.addAll(merge.kept());
            if (!merge.changed().isEmpty()) {
                bodies.update(msg, body.id, merge.input(), null);
            }
        }
        return new Loaded(ids, created, current.size() - created, changed, kept);
    }

    /** The body of a line: by its name, by its earlier name, or by its short name, each in its département. */
    private static PublicBody find(BodyInput line, BodyInput earlier) {
        String dep = Departements.canonical(line.departement());
        PublicBody found = PublicBody.find("dedupKey", PublicBody.dedupKeyOf(line.name().strip(), dep)).firstResult();
        if (found == null && earlier != null) {
            found = PublicBody.find("dedupKey", PublicBody.dedupKeyOf(earlier.name().strip(), dep)).firstResult();
        }
        String shortName = line.shortName() == null ? "" : line.shortName().strip();
        if (found == null && !shortName.isEmpty()) {
            List<PublicBody> same = PublicBody.<PublicBody>list("shortName", shortName).stream()
                    .filter(b -> Objects.equals(b.departement, dep)).toList();
            found = same.size() == 1 ? same.get(0) : null;
        }
        return found;
    }

    /** A line's identity across editions: its short name, kind and département (names changed between them). */
    private static String key(BodyInput line) {
        return line.shortName().strip() + "|" + line.kind().strip() + "|" + Departements.canonical(line.departement());
    }

    private static List<BodyInput> read(String resource) {
        try (InputStream in = ReferenceBodies.class.getResourceAsStream(resource)) {
            // the file is Vigie's own: a problem in it is a fault of the build, worded in French like the file
            Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of("fr"));
            BodyCsv.Parsed parsed = BodyCsv.parse(msg, in.readAllBytes());
            if (!parsed.errors().isEmpty()) {
                throw new IllegalStateException("reference file " + resource + " unreadable: " + parsed.errors());
            }
            return parsed.rows().stream().map(BodyCsv.Row::input).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reference file missing from the application", e);
        }
    }
}
