package fr.vigie.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;

/** Where refusals become messages: a form's field errors, or the list of a problem+json answer. */
@ApplicationScoped
public class Violations {

    private final Instance<ViolationTexts> texts;
    private final CurrentLocale locale;

    Violations(Instance<ViolationTexts> texts, CurrentLocale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The refusal's field errors in the current request's language. */
    public FormErrors of(Refusal refusal) {
        return new FormErrors(errors(refusal.violations()));
    }

    public List<FieldError> errors(List<Violation> violations) {
        Locale language = locale.get();
        return violations.stream().map(v -> new FieldError(v.field(), text(v, language))).toList();
    }

    /** The message of one violation; a code no feature knows shows as its name rather than nothing. */
    public String text(Violation v, Locale language) {
        for (ViolationTexts t : texts) {
            String text = t.text(v, language);
            if (text != null) {
                return text;
            }
        }
        return v.code().name();
    }
}
