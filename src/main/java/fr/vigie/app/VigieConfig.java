package fr.vigie.app;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Vigie's own settings (keys {@code vigie.*}), in one place with their defaults. Each feature reads its
 * group; environment variables override keys as usual ({@code VIGIE_LOGIN_MAX_DELAY}...).
 */
@ConfigMapping(prefix = "vigie")
public interface VigieConfig {

    /** Legal days are French days: "today" is taken in this zone, and times are shown in it. */
    @WithDefault("Europe/Paris")
    ZoneId timezone();

    /**
     * The address users reach Vigie at (VIGIE_PUBLIC_URL, say https://vigie.example.org), behind a proxy that may
     * not pass the Host header on. A login posted from this origin is accepted (issue 18, item 6).
     */
    Optional<java.net.URI> publicUrl();

    Admin admin();

    Refresh refresh();

    Login login();

    Documents documents();

    Letters letters();

    Search search();

    Mail mail();

    interface Admin {
        /** Password of the first administrator, used only when the database has no user. */
        Optional<String> password();
    }

    interface Refresh {
        /** When the nightly recomputation of expired states runs (in {@link VigieConfig#timezone()}). */
        @WithDefault("0 5 0 * * ?")
        String cron();

        /** How often an instance checks whether today's run happened (also 30 s after start-up). */
        @WithDefault("1h")
        String catchUp();

        /** Threads of a recomputation: the engine and the database share the cores. */
        @WithDefault("2")
        int threads();
    }

    interface Login {
        /** Failed logins for one account from one address (or one browser holding a device proof) before each further attempt waits. */
        @WithDefault("5")
        int freeAttempts();

        /** Failed logins, all accounts and addresses together, before the global ceiling applies. */
        @WithDefault("500")
        int freeAttemptsGlobal();

        /** The global ceiling: beyond the free failures, at most one login without a device proof is checked per this time. */
        @WithDefault("PT1S")
        Duration globalMaxDelay();

        /** How long a browser that logged in to an account keeps proving it (cookie vigie-device). */
        @WithDefault("P30D")
        Duration deviceProofLifetime();

        /** Failed logins from one address before each further attempt waits (an office shares one address). */
        @WithDefault("20")
        int freeAttemptsPerAddress();

        /** The longest wait between two checked attempts. */
        @WithDefault("PT15M")
        Duration maxDelay();

        /** Attempts are forgotten (and their rows pruned) once an account or address has been quiet this long. */
        @WithDefault("PT24H")
        Duration forgetAfter();

        /** A login session unused this long ends (checked on the server, whatever the cookie says). */
        @WithDefault("PT2H")
        Duration sessionIdle();

        /** A login session ends this long after the login, however busy. */
        @WithDefault("PT12H")
        Duration sessionMaxAge();
    }

    interface Documents {
        /** Largest file accepted; must stay under quarkus.http.limits.max-body-size. */
        @WithDefault("25M")
        MemorySize maxSize();
    }

    /** Letters (fr.vigie.letter): where referrals and complaints go, and how long a kept letter may be. */
    interface Letters {
        /** The CADA's postal address, one line per element (checked on service-public.fr, 2026). */
        @WithDefault("Commission d'accès aux documents administratifs (CADA),20 avenue de Ségur,TSA 50730,75334 Paris Cedex 07")
        java.util.List<String> cadaAddress();

        @WithDefault("cada@cada.fr")
        String cadaEmail();

        /** The CNIL's postal address for complaints. */
        @WithDefault("Commission nationale de l'informatique et des libertés (CNIL),3 place de Fontenoy,TSA 80715,75334 Paris Cedex 07")
        java.util.List<String> cnilAddress();

        /** Longest letter text kept, in characters. */
        @WithDefault("50000")
        int maxText();
    }

    interface Search {
        /** Folder of this instance's Lucene index (each instance keeps its own); "memory" keeps it in memory (tests). */
        @WithDefault("data/search-index")
        String directory();

        /** How often this instance reads the journal of changes written by every instance. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Journal rows older than this are deleted; an instance stopped for longer rebuilds its index. */
        @WithDefault("P7D")
        Duration journalRetention();

        Extraction extraction();

        interface Extraction {
            /** Whether this instance reads the text of documents (instances sharing a database may leave it to others). */
            @WithDefault("true")
            boolean enabled();

            /** Larger files are not read (found by their name only). */
            @WithDefault("25M")
            MemorySize maxSize();

            /** Longest time spent reading one document, OCR included. */
            @WithDefault("PT3M")
            Duration timeout();

            /** Characters kept from one document; the rest is not searchable. */
            @WithDefault("5000000")
            int maxChars();

            /** OCR of scans when Tesseract is installed; "none" turns it off. Tesseract language codes, joined by "+". */
            @WithDefault("fra+eng")
            String ocrLanguages();
        }
    }

    /**
     * Mail (fr.vigie.mail): off until a host is set. Sending needs {@code smtp.host} and {@code from}, receiving
     * {@code imap.host}. application.properties maps the environment variables (VIGIE_SMTP_HOST...) here.
     * Passwords are read here only, and never logged.
     */
    interface Mail {
        /** The sender's address (VIGIE_MAIL_FROM). */
        Optional<String> from();

        /** Each request's reply address, a pattern with {key} (VIGIE_MAIL_REPLY_TO), e.g. demandes+{key}@association.org. */
        Optional<String> replyTo();

        Server smtp();

        Server imap();

        /** How often the mailbox is read (VIGIE_IMAP_POLL); two minutes when unset (MailSettings). */
        Optional<Duration> poll();

        /** The mailbox folder read. */
        @WithDefault("INBOX")
        String folder();

        /** Larger messages are not kept whole: their headers wait in the inbox with the reason. */
        @WithDefault("20M")
        MemorySize maxMessageSize();

        /** Attempts of one outgoing message before it is marked failed. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after a first refused attempt; doubled after each (at most one hour). */
        @WithDefault("PT30S")
        Duration retryDelay();

        /** Longest time one server exchange may take (connect, read, write). */
        @WithDefault("PT30S")
        Duration timeout();

        interface Server {
            Optional<String> host();

            /** Default by {@link #tls()}: SMTP 25 / 587 / 465, IMAP 143 / 993. */
            Optional<Integer> port();

            Optional<String> user();

            Optional<String> password();

            /** none, starttls or tls (VIGIE_SMTP_TLS, VIGIE_IMAP_TLS); unset: starttls for SMTP, tls for IMAP (MailSettings). */
            Optional<String> tls();
        }
    }
}
