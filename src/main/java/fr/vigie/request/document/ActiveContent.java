package fr.vigie.request.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What Tika's magic numbers do not see (issue 18, item 23): files that Windows or a desktop runs by their name
 * (a script is plain text), macros inside Office files, and Java archives, which are ZIP files like any .docx.
 * The name, the first bytes and, for ZIP files, the list of entries (read from the central directory: nothing
 * is inflated, so a ZIP bomb costs nothing) are checked; the answer is the kind of active content found.
 */
final class ActiveContent {

    /** Run when opened, whatever they contain: scripts, shortcuts, macro-enabled Office files. */
    static final Set<String> RUN_BY_NAME = Set.of("vbs", "vbe", "wsf", "wsh", "ws", "js", "jse", "mjs", "hta", "ps1",
            "psm1", "psd1", "py", "pyw", "pl", "rb", "sh", "bash", "zsh", "csh", "command", "bat", "cmd", "com", "exe",
            "scr", "pif", "cpl", "msi", "msp", "dll", "lnk", "url", "website", "desktop", "reg", "inf", "scf", "jar",
            "class", "jnlp", "appref-ms", "application", "gadget", "msc", "docm", "dotm", "xlsm", "xltm", "xlam",
            "pptm", "potm", "ppsm", "ppam", "sldm");

    private static final byte[] LNK = { 0x4C, 0, 0, 0, 1, 0x14, 2, 0 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    /** The storage holding a legacy Office file's macros, as its UTF-16 directory entry names it. */
    private static final byte[] OLE_VBA = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);

    private ActiveContent() {
    }

    /** The kind of active content in the file, or empty when there is none that these checks know of. */
    static Optional<String> of(String fileName, byte[] bytes) {
        String extension = FileNames.extension(fileName).toLowerCase(Locale.ROOT);
        if (RUN_BY_NAME.contains(extension)) {
            return Optional.of("." + extension);
        }
        if (startsWith(bytes, LNK)) {
            return Optional.of("application/x-ms-shortcut");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("#!")) {
            return Optional.of("script (#!)");
        }
        if (head.startsWith("[InternetShortcut]") || head.startsWith("[Desktop Entry]")) {
            return Optional.of("shortcut (" + head.substring(0, head.indexOf(']') + 1) + ")");
        }
        if (startsWith(bytes, OLE2) && indexOf(bytes, OLE_VBA) >= 0) {
            return Optional.of("application/vnd.ms-office.vbaProject");
        }
        if (startsWith(bytes, ZIP)) {
            return inZip(bytes);
        }
        return Optional.empty();
    }

    /** Macros (vbaProject.bin) in an Office file, a Java archive, or a file that runs by its name, inside a ZIP. */
    private static Optional<String> inZip(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT);
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (base.equals("vbaproject.bin") || base.equals("vbaprojectsignature.bin")) {
                    return Optional.of("application/vnd.ms-office.vbaProject");
                }
                if (name.equals("meta-inf/manifest.mf") || base.endsWith(".class")) {
                    return Optional.of("application/java-archive");
                }
                int dot = base.lastIndexOf('.');
                if (dot >= 0 && RUN_BY_NAME.contains(base.substring(dot + 1))) {
                    return Optional.of("." + base.substring(dot + 1) + " in a ZIP");
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a readable ZIP: nothing in it can run; the type checks decide
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
