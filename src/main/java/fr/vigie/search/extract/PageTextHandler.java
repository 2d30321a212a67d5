package fr.vigie.search.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text Tika writes as XHTML, one line per block, and notes where each page starts (Tika's PDF
 * parser opens a {@code <div class="page">} per page, OCR text included). Stops at {@code maxChars}: what was
 * read so far is kept, and the rest is said to be cut.
 */
final class PageTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "blockquote", "table", "td", "th", "dd", "dt");

    /** Thrown to stop parsing once enough text was read. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("character limit reached");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    private final int maxChars;
    private int headDepth;
    private boolean cut;

    PageTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth++;
        } else if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            newLine();
            pageStarts.add(text.length());
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth--;
        } else if (BLOCKS.contains(name)) {
            newLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (headDepth > 0) {
            return;
        }
        int room = maxChars - text.length();
        if (length > room) {
            text.append(ch, start, Math.max(0, room));
            cut = true;
            throw new LimitReached();
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void newLine() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    String text() {
        return text.toString();
    }

    List<Integer> pageStarts() {
        return pageStarts;
    }

    boolean cut() {
        return cut;
    }
}
