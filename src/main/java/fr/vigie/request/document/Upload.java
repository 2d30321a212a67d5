package fr.vigie.request.document;

import java.nio.file.Path;
import java.util.List;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A file as it arrived in a multipart form, before any check: the name is the sender's, untrusted. */
public record Upload(String fileName, Path file, long size) {

    public static Upload of(FileUpload upload) {
        return upload == null || upload.uploadedFile() == null ? null
                : new Upload(upload.fileName(), upload.uploadedFile(), upload.size());
    }

    /** The files actually chosen: a file input left empty still sends a part with no name and no bytes. */
    public static List<Upload> chosen(List<FileUpload> uploads) {
        return uploads == null ? List.of() : uploads.stream().map(Upload::of)
                .filter(u -> u != null && !(u.size() == 0 && (u.fileName() == null || u.fileName().isBlank())))
                .toList();
    }
}
