package fr.vigie.request.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.app.FormCode;
import fr.vigie.app.VigieConfig;
import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;

/**
 * Checks a file before anything is stored: present (400), not larger than the limit (413), not empty, not
 * disguised, not a page, script, program, macro-enabled Office file or Java archive (422). Refusals name the
 * form's field, as codes: no request scope, so a job reading a mailbox checks files as a page does.
 */
@ApplicationScoped
public class FileInspector {

    private final VigieConfig.Documents config;

    FileInspector(VigieConfig config) {
        this.config = config.documents();
    }

    public CheckedFile inspect(String field, Upload upload) {
        if (upload == null) {
            throw Refusal.malformed(field, FormCode.REQUIRED);
        }
        String name = FileNames.sanitise(upload.fileName());
        long max = config.maxSize().asLongValue();
        if (upload.size() > max) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, List.of(Violation.of(field, DocumentCode.FILE_TOO_LARGE, name, max / 1024 / 1024)));
        }
        byte[] bytes = read(upload);
        if (bytes.length == 0) {
            throw Refusal.invalid(field, DocumentCode.FILE_EMPTY, name);
        }
        ContentTypes.Detected detected = ContentTypes.detect(bytes, name);
        if (detected.disguised()) {
            throw Refusal.invalid(field, DocumentCode.FILE_DISGUISED, name, FileNames.extension(name), detected.type());
        }
        if (detected.active()) {
            throw Refusal.invalid(field, DocumentCode.FILE_ACTIVE, name, detected.type());
        }
        // what magic numbers miss: scripts run by their name, Office macros, Java archives named .docx
        java.util.Optional<String> runnable = ActiveContent.of(name, bytes);
        if (runnable.isPresent()) {
            throw Refusal.invalid(field, DocumentCode.FILE_ACTIVE, name, runnable.get());
        }
        return new CheckedFile(name, detected.type(), bytes, sha256(bytes));
    }

    private static byte[] read(Upload upload) {
        try {
            return upload.bytes().read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
