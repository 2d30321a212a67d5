package fr.vigie.request.document;

import fr.vigie.app.VigieConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldError;
import fr.vigie.web.InvalidInputException;

/**
 * Checks an uploaded file before anything is stored: present (400), not larger than the limit (413),
 * not empty, not disguised, not a page, script or program (422). Errors name the form's field.
 */
@ApplicationScoped
class FileInspector {

    private final VigieConfig.Documents config;
    private final CurrentLocale locale;

    FileInspector(VigieConfig config, CurrentLocale locale) {
        this.config = config.documents();
        this.locale = locale;
    }

    CheckedFile inspect(String field, Upload upload) {
        if (upload == null) {
            throw InvalidInputException.malformed(field, locale.msg().v_required());
        }
        String name = FileNames.sanitise(upload.fileName());
        long max = config.maxSize().asLongValue();
        if (upload.size() > max) {
            throw new InvalidInputException(413, java.util.List.of(new FieldError(field,
                    name + " : " + locale.msg().v_file_too_large((int) (max / 1024 / 1024)))));
        }
        DocumentMsg msg = locale.bundle(DocumentMsg.class);
        byte[] bytes = read(upload);
        if (bytes.length == 0) {
            throw InvalidInputException.of(field, msg.v_empty(name));
        }
        ContentTypes.Detected detected = ContentTypes.detect(bytes, name);
        if (detected.disguised()) {
            throw InvalidInputException.of(field, msg.v_disguised(name, FileNames.extension(name), detected.type()));
        }
        if (detected.active()) {
            throw InvalidInputException.of(field, msg.v_active(name, detected.type()));
        }
        return new CheckedFile(name, detected.type(), bytes, sha256(bytes));
    }

    private static byte[] read(Upload upload) {
        try {
            return Files.readAllBytes(upload.file());
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
