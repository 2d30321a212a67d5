package fr.vigie.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads raw message bytes with Angus Mail, leniently and within bounds: at most {@link #MAX_PARTS} parts and
 * {@link #MAX_DEPTH} levels, unknown charsets read as UTF-8 with replacement, HTML reduced to text with jsoup
 * (scripts and styles dropped; never rendered). Any part that cannot be read is named in {@code problems}.
 */
public final class MailParser {

    public static final int MAX_PARTS = 200;
    static final int MAX_DEPTH = 20;
    static final int MAX_TEXT = 200_000;
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]{1,298})>");
    private static final Session SESSION;

    static {
        Properties p = new Properties();
        p.put("mail.mime.address.strict", "false");
        p.put("mail.mime.decodetext.strict", "false");
        p.put("mail.mime.decodefilename", "true");
        p.put("mail.mime.parameters.strict", "false");
        p.put("mail.mime.multipart.ignoremissingendboundary", "true");
        p.put("mail.mime.multipart.allowempty", "true");
        SESSION = Session.getInstance(p);
    }

    private final List<String> problems = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    private int parts;

    private MailParser() {
    }

    public static ParsedMail parse(byte[] raw) {
        return new MailParser().read(raw);
    }

    private ParsedMail read(byte[] raw) {
        MimeMessage m;
        try {
            m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            return new ParsedMail(null, List.of(), "", null, null, List.of(), "", List.of(), List.of("unreadable: " + e.getMessage()));
        }
        String from = first(() -> m.getFrom());
        List<String> recipients = new ArrayList<>();
        for (String header : new String[] { "To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To" }) {
            recipients.addAll(addresses(m, header));
        }
        String subject = clean(safe(() -> m.getSubject()), false, 500);
        Instant date = null;
        try {
            date = m.getSentDate() == null ? null : m.getSentDate().toInstant();
        } catch (MessagingException | RuntimeException e) {
            problems.add("date");
        }
        String messageId = ids(safe(() -> m.getMessageID())).stream().findFirst().orElse(null);
        Set<String> refs = new LinkedHashSet<>(ids(header(m, "In-Reply-To")));
        refs.addAll(ids(header(m, "References")));
        walk(m, 0);
        String text = plain.length() > 0 ? plain.toString() : htmlText(html.toString());
        return new ParsedMail(from, List.copyOf(new LinkedHashSet<>(recipients)), subject, date, messageId,
                List.copyOf(refs).subList(0, Math.min(refs.size(), 50)), clean(text, true, MAX_TEXT), attachments,
                problems);
    }

    private void walk(Part part, int depth) {
        if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
            if (parts == MAX_PARTS + 1 || depth == MAX_DEPTH + 1) {
                problems.add("more than " + MAX_PARTS + " parts or " + MAX_DEPTH + " levels: the rest is in the raw message");
            }
            return;
        }
        try {
            String name = fileName(part);
            boolean attachment = name != null || Part.ATTACHMENT.equalsIgnoreCase(safe(part::getDisposition));
            if (part.isMimeType("multipart/*")) {
                Object content = part.getContent();
                if (content instanceof Multipart multi) {
                    for (int i = 0; i < multi.getCount() && parts <= MAX_PARTS; i++) {
                        BodyPart child = multi.getBodyPart(i);
                        walk(child, depth + 1);
                    }
                }
            } else if (!attachment && part.isMimeType("text/plain")) {
                plain.append(text(part)).append('\n');
            } else if (!attachment && part.isMimeType("text/html")) {
                html.append(text(part)).append('\n');
            } else {
                String n = name != null ? name : part.isMimeType("message/rfc822") ? "message-" + parts + ".eml" : "piece-" + parts;
                attachments.add(new ParsedMail.Attachment(n, bytes(part)));
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            problems.add("part " + parts + ": " + e.getClass().getSimpleName());
        }
    }

    private String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
        } catch (IOException | RuntimeException e) {
            problems.add("charset of part " + parts + " unknown: read as UTF-8");
        }
        return new String(bytes(part), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name != null) {
                name = MimeUtility.decodeText(name);
            }
            return name == null || name.isBlank() ? null : clean(name, false, 200);
        } catch (MessagingException | IOException | RuntimeException e) {
            return "piece";
        }
    }

    /** Text of HTML, for reading only: scripts and styles dropped, breaks kept. */
    static String htmlText(String source) {
        if (source.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(source);
        doc.select("script, style, head, noscript, template").remove();
        doc.select("br").after("\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, blockquote").before("\n");
        return doc.body() == null ? "" : doc.body().wholeText().replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll("\\n\\s*\\n\\s*\\n+", "\n\n");
    }

    /** Without control characters (line breaks kept in text), at most {@code max} characters. */
    static String clean(String s, boolean multiline, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        s.replace("\r\n", "\n").codePoints().forEach(c -> {
            boolean keep = multiline ? c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f : c >= 0x20 && c != 0x7f;
            b.appendCodePoint(keep ? c : ' ');
        });
        String out = b.toString().strip();
        return out.length() > max ? out.substring(0, max) : out;
    }

    private List<String> addresses(MimeMessage m, String header) {
        String value = header(m, header);
        if (value == null) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
                if (a.getAddress() != null && a.getAddress().length() <= 254) {
                    out.add(clean(a.getAddress(), false, 254).toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (MessagingException | RuntimeException e) {
            problems.add("address header " + header);
            return List.of();
        }
    }

    private String first(AddressSupplier supplier) {
        try {
            Address[] all = supplier.get();
            if (all != null && all.length > 0 && all[0] instanceof InternetAddress a && a.getAddress() != null) {
                return clean(a.getAddress(), false, 254).toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException | RuntimeException e) {
            problems.add("sender");
        }
        return null;
    }

    private static String header(MimeMessage m, String name) {
        try {
            String v = m.getHeader(name, " ");
            return v == null ? null : v.length() > 10_000 ? v.substring(0, 10_000) : v;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> ids(String header) {
        List<String> out = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                out.add(clean(matcher.group(1), false, 298));
            }
        }
        return out;
    }

    private String safe(TextSupplier supplier) {
        try {
            return supplier.get();
        } catch (MessagingException | RuntimeException e) {
            problems.add("header");
            return null;
        }
    }

    private interface TextSupplier {
        String get() throws MessagingException;
    }

    private interface AddressSupplier {
        Address[] get() throws MessagingException;
    }
}
