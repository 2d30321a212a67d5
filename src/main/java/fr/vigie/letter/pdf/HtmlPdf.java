package fr.vigie.letter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** XHTML to PDF with openhtmltopdf, fonts embedded. The XHTML comes from Qute templates, escaped. */
public final class HtmlPdf {

    private HtmlPdf() {
    }

    /** Characters XML 1.0 cannot carry (U+FFFE, U+FFFF, stray surrogates...): dropped rather than failing the whole PDF. */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    public static byte[] render(String xhtml, String title) {
        xhtml = NOT_XML.matcher(xhtml).replaceAll("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            PdfFonts.register(builder);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering of " + title + " failed", e);
        }
        return out.toByteArray();
    }
}
