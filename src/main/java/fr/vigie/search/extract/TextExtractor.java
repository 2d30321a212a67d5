package fr.vigie.search.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.jboss.logging.Logger;

/**
 * Reads the text of a document with Tika's parsers (PDF, ODF, OOXML and older Office formats, plain text,
 * email with its attachments...). Pages of a PDF with no text layer, and images, are read by Tesseract
 * (through Tika) when it is installed and OCR is on; otherwise they give no text. Holds no state between
 * documents: one extractor serves every document, one at a time or not.
 */
public final class TextExtractor {

    private static final Logger LOG = Logger.getLogger(TextExtractor.class);

    private final Parser parser = new AutoDetectParser();
    private final String ocrLanguages;
    private final boolean ocr;
    private final int maxChars;

    /** @param ocrLanguages Tesseract languages ("fra+eng"), or "none" for no OCR */
    public TextExtractor(String ocrLanguages, int maxChars) {
        this.ocrLanguages = ocrLanguages;
        this.ocr = !"none".equals(ocrLanguages) && tesseractInstalled();
        this.maxChars = maxChars;
        if (!"none".equals(ocrLanguages) && !ocr) {
            LOG.warn("Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra): scanned documents"
                    + " are found by their name only");
        }
    }

    /** Whether scans are read (Tesseract found and OCR not turned off). */
    public boolean ocrAvailable() {
        return ocr;
    }

    /**
     * The text of the document; {@code timeoutSeconds} bounds each OCR run (the caller bounds the whole).
     * Throws when the file cannot be parsed (damaged, encrypted...).
     */
    public Extracted extract(byte[] bytes, String fileName, String contentType, int timeoutSeconds) throws Exception {
        PageTextHandler handler = new PageTextHandler(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, contentType);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context(timeoutSeconds));
        } catch (PageTextHandler.LimitReached enough) {
            // keep what was read
        } catch (Exception e) {
            if (!(e.getCause() instanceof PageTextHandler.LimitReached) && !handler.cut()) {
                throw e;
            }
        }
        String text = Extracted.clean(handler.text());
        Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        boolean ocrUsed = ocr && ((ocrPages != null && ocrPages > 0) || contentType.startsWith("image/")) && !text.isBlank();
        return new Extracted(text, handler.pageStarts(), ocrUsed, handler.cut());
    }

    private ParseContext context(int timeoutSeconds) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // attachments and embedded files are read too
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        if (ocr) {
            tesseract.setLanguage(ocrLanguages);
            tesseract.setTimeoutSeconds(Math.max(1, timeoutSeconds));
        }
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
    }

    private static boolean tesseractInstalled() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
