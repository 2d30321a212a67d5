package fr.vigie.letter.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.letter.KeptLetter;
import fr.vigie.letter.LetterFacts;
import fr.vigie.letter.LetterService;
import fr.vigie.letter.LetterFactsReader;
import fr.vigie.letter.Sha256;
import fr.vigie.letter.LetterPdf;
import fr.vigie.web.CurrentLocale;

/**
 * The file for the CADA or the court, as one ZIP: a PDF summary (parties, timeline, deadlines with their
 * explanations), every kept letter as a PDF, every document as stored, and MANIFEST.sha256 listing each file
 * with its SHA-256 in the format of {@code sha256sum -c}.
 */
@ApplicationScoped
public class RequestExport {

    static final String MANIFEST = "MANIFEST.sha256";

    private final LetterFactsReader reader;
    private final LetterService letters;
    private final CurrentLocale locale;
    private final AppClock clock;

    public RequestExport(LetterFactsReader reader, LetterService letters, CurrentLocale locale, AppClock clock) {
        this.reader = reader;
        this.letters = letters;
        this.locale = locale;
        this.clock = clock;
    }

    @Transactional
    public byte[] zip(long requestId) {
        LetterFacts facts = reader.facts(requestId);
        List<KeptLetter> kept = letters.kept(requestId);
        List<LetterFactsReader.DocumentFile> documents = reader.documents(requestId);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("resume.pdf", ExportSummary.pdf(facts, kept, documents, locale.get(), clock.zone())));
        int n = 1;
        for (KeptLetter letter : kept) {
            entries.add(new Entry(String.format("lettres/%02d-%s-%s.pdf", n++, letter.kind.slug(), letter.letterDate),
                    LetterPdf.render(letter.printed())));
        }
        for (LetterFactsReader.DocumentFile d : documents) {
            entries.add(new Entry("documents/" + d.id() + "-" + safe(d.fileName()), d.bytes()));
        }
        return write(entries);
    }

    private record Entry(String name, byte[] bytes) {
    }

    private static byte[] write(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder manifest = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
                manifest.append(Sha256.of(e.bytes())).append("  ").append(e.name()).append('\n');
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
        return out.toByteArray();
    }

    /** A stored name is already without folders; never let one climb out of documents/ all the same. */
    static String safe(String name) {
        String clean = name.replace('/', '_').replace('\\', '_').replace("..", "_");
        return clean.isBlank() ? "document" : clean;
    }
}
