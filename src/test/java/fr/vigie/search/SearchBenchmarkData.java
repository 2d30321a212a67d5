package fr.vigie.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;

/**
 * What search adds to the dashboard's benchmark data ({@code fr.vigie.dashboard.BenchmarkData}): notes on a
 * third of the events, and real files attached to requests (PDF with a text layer over three pages, DOCX, plain
 * text, and a few scans with no text layer), about 10 KB of text each. Words are drawn from a French vocabulary
 * of the field plus 20,000 made-up words with a Zipf law, so that the index has common and rare terms as real
 * text does.
 */
final class SearchBenchmarkData {

    private static final String[] FIELD_WORDS = ("briefcam vidéoprotection vidéosurveillance caméra caméras préfecture"
            + " commune police gendarmerie ministère marché marchés commande commandes licence licences logiciel analyse"
            + " impact données personnelles traitement traitements registre cnil sécurité publique convention facture"
            + " devis délibération conseil municipal maire préfet arrêté autorisation reconnaissance faciale algorithme"
            + " vidéo images enregistrement conservation durée accès document documents administratif communication"
            + " refus avis commission tribunal administratif requête recours décision motifs secret défense contrat"
            + " prestataire installation maintenance formation agents service direction départementale sûreté"
            + " urbaine intercommunalité budget crédit montant euros hors taxes signature annexe rapport audit")
            .split(" ");
    private static final String[] COMMON = ("le la les de des du un une et à en pour par sur dans avec au aux est sont"
            + " il elle nous vous ce cette qui que ne pas plus").split(" ");
    private static final String[] SYLLABLES = "ba be bi bo bu da de di do du fa fe fi fo ga go la le li lo lu ma me mi mo mu na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo".split(" ");
    static final String[] NOTES = { "Relancé par téléphone, la personne responsable promet une réponse sous quinze jours.",
        "Accusé de réception reçu par courriel, sans mention des délais ni des voies de recours.",
        "Le service juridique indique que les documents relèvent du secret de la sécurité publique.",
        "Réunion avec la direction de la police municipale : l'analyse d'impact serait en cours.",
        "La préfecture transmet la convention signée avec le prestataire, sans ses annexes techniques." };
    static final int MADE_UP = 20_000;
    private static final int BATCH = 500;

    private final Random random;
    private final String[] madeUp = new String[MADE_UP];

    SearchBenchmarkData(long seed) {
        random = new Random(seed);
        for (int i = 0; i < MADE_UP; i++) {
            int n = 2 + random.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < n; k++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            madeUp[i] = w.toString();
        }
    }

    /** A word no document is likely to lack, and one few documents have (the rank-5000 made-up word). */
    String rareWord() {
        return madeUp[5_000];
    }

    /** Notes on every third event: five notes in a cycle, each with its event's id (every note differs). */
    static int addNotes(Connection c) throws SQLException {
        StringBuilder note = new StringBuilder("CASE MOD(id, 5)");
        for (int i = 0; i < NOTES.length; i++) {
            note.append(" WHEN ").append(i).append(" THEN '").append(NOTES[i].replace("'", "''")).append(" Réf. ' || CAST(id AS VARCHAR(20))");
        }
        note.append(" END");
        try (Statement s = c.createStatement()) {
            int n = s.executeUpdate("UPDATE request_event SET note = " + note + " WHERE MOD(id, 3) = 0");
            c.commit();
            return n;
        }
    }

    /**
     * Attaches {@code documents} files to every fifth request (then wrapping round), {@code scans} of them scans;
     * returns the bytes of text written.
     */
    long addDocuments(Connection c, int documents, int scans, int requests) throws Exception {
        long textBytes = 0;
        long owner;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM app_user")) {
            rs.next();
            owner = rs.getLong(1);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement meta = c.prepareStatement("INSERT INTO request_document (id, request_id, file_name, content_type,"
                + " size_bytes, sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement bytes = c.prepareStatement(
                        "INSERT INTO request_document_content (document_id, content) VALUES (?, ?)")) {
            for (int id = 1; id <= documents; id++) {
                String[] pages = { page(500), page(500), page(500) };
                String name;
                String type;
                byte[] file;
                if (id <= scans) {
                    name = "scan-" + id + ".pdf";
                    type = "application/pdf";
                    file = SearchFixtures.scannedPdf("Convention de vidéoprotection n° " + id, "Préfecture et commune",
                            "Maintenance des caméras BriefCam", "Analyse d'impact sur les données");
                } else if (id % 4 == 0) {
                    name = "registre-" + id + ".docx";
                    type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                    file = SearchFixtures.docx(pages);
                } else if (id % 4 == 1) {
                    name = "courrier-" + id + ".txt";
                    type = "text/plain";
                    file = String.join("\n\n", pages).getBytes(StandardCharsets.UTF_8);
                } else {
                    name = "reponse-" + id + ".pdf";
                    type = "application/pdf";
                    file = SearchFixtures.pdf(wrap(pages[0]), wrap(pages[1]), wrap(pages[2]));
                }
                textBytes += id <= scans ? 0 : String.join("", pages).getBytes(StandardCharsets.UTF_8).length;
                meta.setLong(1, id);
                meta.setLong(2, 1 + ((long) (id - 1) * 5) % requests);
                meta.setString(3, name);
                meta.setString(4, type);
                meta.setLong(5, file.length);
                meta.setString(6, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
                meta.setLong(7, owner);
                meta.setObject(8, now);
                meta.addBatch();
                bytes.setLong(1, id);
                bytes.setBytes(2, file);
                bytes.addBatch();
                if (id % BATCH == 0 || id == documents) {
                    meta.executeBatch();
                    bytes.executeBatch();
                    c.commit();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE request_document ALTER COLUMN id RESTART WITH " + (documents + 1));
        }
        c.commit();
        return textBytes;
    }

    /** About {@code words} words: the field's words, common words and made-up ones (Zipf), in sentences. */
    String page(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double draw = random.nextDouble();
            String word = draw < 0.35 ? COMMON[random.nextInt(COMMON.length)]
                    : draw < 0.65 ? FIELD_WORDS[random.nextInt(FIELD_WORDS.length)]
                    : madeUp[(int) Math.min(MADE_UP - 1, Math.floor(Math.pow(MADE_UP, random.nextDouble())) - 1)];
            text.append(word).append(i % 14 == 13 ? ". " : " ");
        }
        return text.toString();
    }

    /** Lines of at most 90 characters, for a PDF page (PDFBox does not wrap). */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line + word.length() > 90) {
                out.append('\n');
                line = 0;
            }
            out.append(word).append(' ');
            line += word.length() + 1;
        }
        return out.toString();
    }
}
