package fr.vigie.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import fr.vigie.publicbody.BodyInput;
import fr.vigie.publicbody.Departements;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.publicbody.PublicBodyService;
import fr.vigie.web.Msg;

/**
 * The bodies of the BriefCam case shipped with Vigie (resources/reference/briefcam-bodies.csv), as directory
 * bodies: each reference line is matched to the body of the same name and département, or of the same short name
 * and département (a directory loaded from an earlier edition of the file, whose names carried comments), and the
 * lines matched by none are added to the directory through its own writer.
 */
@ApplicationScoped
public class BriefCamBodies {

    static final String REFERENCE = "/reference/briefcam-bodies.csv";

    private record Line(String name, String shortName, String kind, String departement, String postalAddress,
            String email, String prada, String website, String notes, boolean checked) {
    }

    private final PublicBodyService bodies;

    BriefCamBodies(PublicBodyService bodies) {
        this.bodies = bodies;
    }

    public int count() {
        return lines().size();
    }

    /** The ids of the reference bodies, in the file's order, adding to the directory those it does not have. */
    @Transactional
    public List<Long> ids(Msg msg) {
        List<Long> ids = new ArrayList<>();
        for (Line line : lines()) {
            String dep = Departements.canonical(line.departement());
            PublicBody found = PublicBody.find("dedupKey", PublicBody.dedupKeyOf(line.name(), dep)).firstResult();
            if (found == null && !line.shortName().isEmpty()) {
                found = PublicBody.<PublicBody>list("shortName", line.shortName()).stream()
                        .filter(b -> Objects.equals(b.departement, dep)).findFirst().orElse(null);
            }
            if (found == null) {
                found = bodies.create(msg, new BodyInput(line.name(), line.shortName(), line.kind(), line.departement(),
                        line.postalAddress(), line.email(), line.prada(), line.website(), null, line.notes(), line.checked()));
            }
            ids.add(found.id);
        }
        return ids;
    }

    private static List<Line> lines() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = BriefCamBodies.class.getResourceAsStream(REFERENCE);
                CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            List<Line> lines = new ArrayList<>();
            for (CSVRecord r : parser) {
                lines.add(new Line(r.get("name").strip(), r.get("short_name").strip(), r.get("kind").strip(),
                        r.get("departement").strip(), r.get("postal_address"), r.get("email"), r.get("prada"),
                        r.get("website"), r.isMapped("notes") ? r.get("notes") : null,
                        "yes".equalsIgnoreCase(r.get("address_checked").strip())));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("reference file missing from the application", e);
        }
    }
}
