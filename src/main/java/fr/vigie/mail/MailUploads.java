package fr.vigie.mail;

import java.io.IOException;
import java.nio.file.Files;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.request.document.DocumentCode;
import fr.vigie.web.CurrentLocale;

/** The file of an import form, checked for presence and size before it is read. */
final class MailUploads {

    /** Largest import (an mbox of past correspondence). */
    static final long MAX_IMPORT = 25L * 1024 * 1024;

    private MailUploads() {
    }

    static byte[] read(FileUpload file, CurrentLocale locale) throws IOException {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw Refusal.malformed("file", FormCode.REQUIRED);
        }
        if (file.size() > MAX_IMPORT) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, java.util.List.of(Violation.of("file", DocumentCode.FILE_TOO_LARGE,
                    String.valueOf(file.fileName()), MAX_IMPORT / 1024 / 1024)));
        }
        return Files.readAllBytes(file.uploadedFile());
    }
}
