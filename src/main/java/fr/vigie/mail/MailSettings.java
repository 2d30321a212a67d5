package fr.vigie.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;

import fr.vigie.app.VigieConfig;

/**
 * The mail servers as configured ({@code vigie.mail.*}): whether sending and receiving are on, and connected
 * Jakarta Mail sessions. Passwords go from the configuration to the server and nowhere else (never logged).
 */
@ApplicationScoped
public class MailSettings {

    static final Duration DEFAULT_POLL = Duration.ofMinutes(2);

    private final VigieConfig.Mail config;
    private final String publicBase;

    MailSettings(VigieConfig config) {
        this.config = config.mail();
        this.publicBase = config.publicUrl().map(u -> u.toString().replaceAll("/+$", "")).orElse("http://localhost:8080");
    }

    /** Where users reach Vigie (VIGIE_PUBLIC_URL), for the links in notices; http://localhost:8080 when unset. */
    public String publicBase() {
        return publicBase;
    }

    public boolean canSend() {
        return config.smtp().host().isPresent() && config.from().isPresent();
    }

    public boolean canReceive() {
        return config.imap().host().isPresent();
    }

    public String from() {
        return config.from().orElseThrow();
    }

    /** The reply address of a request's key, or the sender's address when no pattern is set. */
    public String replyAddress(String key) {
        return config.replyTo().map(p -> p.replace("{key}", key)).orElse(from());
    }

    /** The key in a reply address made by {@link #replyAddress}, or null. */
    public String keyIn(String address) {
        Optional<String> pattern = config.replyTo();
        if (pattern.isEmpty() || !pattern.get().contains("{key}") || address == null) {
            return null;
        }
        String p = pattern.get().toLowerCase(Locale.ROOT);
        int at = p.indexOf("{key}");
        String prefix = p.substring(0, at);
        String suffix = p.substring(at + "{key}".length());
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (a.length() > prefix.length() + suffix.length() && a.startsWith(prefix) && a.endsWith(suffix)) {
            String key = a.substring(prefix.length(), a.length() - suffix.length());
            return key.matches("[a-z0-9]{6,32}") ? key : null;
        }
        return null;
    }

    /** The domain Message-IDs are made in: the sender's. */
    public String domain() {
        String from = config.from().orElse("vigie@localhost");
        return from.substring(from.indexOf('@') + 1);
    }

    public Duration poll() {
        return config.poll().orElse(DEFAULT_POLL);
    }

    public String folder() {
        return config.folder();
    }

    public String mailboxName() {
        return config.imap().user().orElse("") + "@" + config.imap().host().orElse("") + "/" + config.folder();
    }

    public long maxMessageSize() {
        return config.maxMessageSize().asLongValue();
    }

    public int maxAttempts() {
        return config.maxAttempts();
    }

    public Duration retryDelay() {
        return config.retryDelay();
    }

    public Duration timeout() {
        return config.timeout();
    }

    /** Sends the message with the configured server, authenticated when a user is set. */
    public void send(jakarta.mail.internet.MimeMessage message) throws MessagingException {
        VigieConfig.Mail.Server smtp = config.smtp();
        String tls = smtp.tls().orElse("starttls");
        Session session = message.getSession();
        try (Transport transport = session.getTransport("tls".equals(tls) ? "smtps" : "smtp")) {
            transport.connect(smtp.host().orElseThrow(), smtp.port().orElse(defaultPort("smtp", tls)),
                    smtp.user().orElse(null), smtp.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    /** A session for composing and sending (timeouts set, STARTTLS required when asked). */
    public Session smtpSession() {
        String tls = config.smtp().tls().orElse("starttls");
        Properties p = timeouts("smtp", "smtps");
        p.put("mail.smtp.auth", String.valueOf(config.smtp().user().isPresent()));
        p.put("mail.smtps.auth", String.valueOf(config.smtp().user().isPresent()));
        if ("starttls".equals(tls)) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        p.put("mail.smtp.from", from());
        return Session.getInstance(p);
    }

    /** A connected store of the configured mailbox; the caller closes it. */
    public Store imapStore() throws MessagingException {
        VigieConfig.Mail.Server imap = config.imap();
        String tls = imap.tls().orElse("tls");
        String protocol = "tls".equals(tls) ? "imaps" : "imap";
        Properties p = timeouts("imap", "imaps");
        if ("starttls".equals(tls)) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        // fetch big messages in large pieces: the default 16 KB makes a round trip per piece
        p.put("mail." + protocol + ".fetchsize", "1048576");
        Store store = Session.getInstance(p).getStore(protocol);
        store.connect(imap.host().orElseThrow(), imap.port().orElse(defaultPort("imap", tls)), imap.user().orElse(null),
                imap.password().orElse(null));
        return store;
    }

    private Properties timeouts(String... protocols) {
        Properties p = new Properties();
        String ms = String.valueOf(config.timeout().toMillis());
        for (String protocol : protocols) {
            p.put("mail." + protocol + ".connectiontimeout", ms);
            p.put("mail." + protocol + ".timeout", ms);
            p.put("mail." + protocol + ".writetimeout", ms);
        }
        return p;
    }

    private static int defaultPort(String protocol, String tls) {
        if (protocol.equals("smtp")) {
            return switch (tls) {
                case "tls" -> 465;
                case "none" -> 25;
                default -> 587;
            };
        }
        return "tls".equals(tls) ? 993 : 143;
    }

    /** A single address as typed, checked strictly (no display name tricks, no line break); null if invalid. */
    static InternetAddress address(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 254 || typed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        try {
            InternetAddress a = new InternetAddress(typed.strip(), true);
            a.validate();
            return a.getPersonal() == null && a.getAddress().indexOf('@') > 0 ? a : null;
        } catch (jakarta.mail.internet.AddressException e) {
            return null;
        }
    }
}
