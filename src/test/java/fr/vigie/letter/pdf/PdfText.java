package fr.vigie.letter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox: its text, its pages, its fonts; renders a page to PNG with pdftoppm. */
public final class PdfText {

    private PdfText() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font of the first page, with whether it is embedded. */
    public static List<String> fonts(byte[] pdf) {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** Writes the PDF and its first page as PNG under target/letters/, to look at; returns the PNG (null without pdftoppm). */
    public static Path keep(byte[] pdf, String name) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "letters"));
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            return null;
        }
        Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                file.toString(), dir.resolve(name).toString()).inheritIO().start();
        p.waitFor();
        return dir.resolve(name + ".png");
    }
}
