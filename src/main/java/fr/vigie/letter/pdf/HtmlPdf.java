package fr.vigie.letter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** XHTML to PDF with openhtmltopdf, fonts embedded. The XHTML comes from Qute templates, escaped. */
public final class HtmlPdf {

    private HtmlPdf() {
    }

    public static byte[] render(String xhtml, String title) {
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
