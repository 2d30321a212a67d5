package fr.vigie.request.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, read from its bytes by Tika's magic numbers, and whether its name tells the truth.
 * The browser's Content-Type is never used: anyone can send any.
 */
final class ContentTypes {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** Pages and scripts a browser would run, and programs a computer would: refused (with their subtypes). */
    private static final List<MediaType> ACTIVE = Stream.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "text/javascript", "application/x-shockwave-flash", "application/x-msdownload", "application/x-dosexec",
            "application/x-ms-installer", "application/x-executable", "application/x-elf", "application/x-sharedlib",
            "application/x-mach-o", "application/java-archive", "application/x-sh", "application/x-bat")
            .map(MediaType::parse).toList();

    /**
     * @param type      the type to store and serve
     * @param disguised the name's extension claims another kind of file than the bytes are
     * @param active    the file is a page, a script or a program
     */
    record Detected(String type, boolean disguised, boolean active) {
    }

    private ContentTypes() {
    }

    static Detected detect(byte[] bytes, String fileName) {
        MediaType content = fromBytes(bytes);
        MediaType named = TYPES.getMimeType(fileName).getType();
        MediaType type;
        boolean disguised = false;
        if (named.equals(MediaType.OCTET_STREAM)) {
            type = content; // no extension, or one nobody knows: the bytes alone decide
        } else if (REGISTRY.isInstanceOf(content, named)) {
            type = content; // e.g. a .txt that is HTML: the more precise reading wins
        } else if (REGISTRY.isInstanceOf(named, content) && !content.equals(MediaType.OCTET_STREAM)) {
            type = named; // e.g. a .csv read as text/plain: the name refines the bytes
        } else {
            type = content; // report.pdf that is HTML, or bytes no format recognises named .pdf
            disguised = true;
        }
        boolean active = Stream.of(type, content).anyMatch(t -> ACTIVE.stream().anyMatch(a -> REGISTRY.isInstanceOf(t, a)));
        return new Detected(type.getBaseType().toString(), disguised, active);
    }

    private static MediaType fromBytes(byte[] bytes) {
        try {
            return TYPES.detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on bytes in memory
        }
    }
}
