package fr.vigie.web;

import java.util.Locale;

import fr.vigie.app.Violation;

/**
 * Writes the message of a violation in a language. Each feature has one, for its own codes; the one that
 * knows a code answers, the others return null.
 */
public interface ViolationTexts {

    String text(Violation violation, Locale locale);
}
