package fr.vigie.letter.pdf;

import java.io.InputStream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every PDF embeds: DejaVu Serif, shipped in the jar (resources/letter-fonts, Bitstream Vera licence)
 * so accents, « » and the euro sign print the same on any machine, fonts installed or not.
 */
final class PdfFonts {

    static final String FAMILY = "DejaVu Serif";

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        builder.useFont(() -> open("DejaVuSerif.ttf"), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> open("DejaVuSerif-Bold.ttf"), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> open("DejaVuSerif-Italic.ttf"), FAMILY, 400, PdfRendererBuilder.FontStyle.ITALIC, true);
    }

    private static InputStream open(String name) {
        InputStream in = PdfFonts.class.getResourceAsStream("/letter-fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("font missing from the jar: letter-fonts/" + name);
        }
        return in;
    }
}
