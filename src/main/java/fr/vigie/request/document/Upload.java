package fr.vigie.request.document;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A file as it arrived, before any check: the name is the sender's, untrusted. From a form's part, or from
 * bytes a job holds (a mail attachment, a letter's PDF); the bytes are read only once the size is accepted.
 */
public record Upload(String fileName, long size, Bytes bytes) {

    /** Where the bytes come from. */
    @FunctionalInterface
    public interface Bytes {
        byte[] read() throws IOException;
    }

    public static Upload of(FileUpload upload) {
        return upload == null || upload.uploadedFile() == null ? null
                : new Upload(upload.fileName(), upload.size(), () -> Files.readAllBytes(upload.uploadedFile()));
    }

    public static Upload of(String fileName, byte[] content) {
        return new Upload(fileName, content.length, () -> content);
    }

    /** The files actually chosen: a file input left empty still sends a part with no name and no bytes. */
    public static List<Upload> chosen(List<FileUpload> uploads) {
        return uploads == null ? List.of() : uploads.stream().map(Upload::of)
                .filter(u -> u != null && !(u.size() == 0 && (u.fileName() == null || u.fileName().isBlank())))
                .toList();
    }
}
