package fr.vigie.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The interface language of the current request (French unless the user chose English). */
@Named("currentLocale")
@RequestScoped
public class CurrentLocale {

    public static final Locale DEFAULT = Locale.FRENCH;

    private Locale locale = DEFAULT;
    private String path = "/";

    void set(Locale locale, String path) {
        this.locale = locale;
        this.path = path;
    }

    public Locale get() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** A date written out in this language ("mercredi 4 juin 2025"); empty for none. */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : fr.vigie.deadline.period.DateText.format(date, locale);
    }

    /** Path and query of the current page, where the language switch sends the user back. */
    public String getPath() {
        return path;
    }

    /** The message bundle in this request's language, for texts built in Java (validation messages). */
    public Msg msg() {
        return bundle(Msg.class);
    }

    /** Any feature's message bundle, in this request's language. */
    public <T> T bundle(Class<T> type) {
        return MessageBundles.get(type, Localized.Literal.of(locale.getLanguage()));
    }
}
