package fr.vigie.campaign;

import fr.vigie.app.Refusal;
import fr.vigie.web.FieldError;
import fr.vigie.web.FormErrors;
import fr.vigie.web.Violations;

/**
 * A refusal as a page's form errors: "bodyIds[3]" becomes the form's field "bodyIds" (its message names the body or
 * request), so that the error links to the field the page has.
 */
final class PageErrors {

    private PageErrors() {
    }

    static FormErrors of(Violations violations, Refusal refused) {
        return new FormErrors(violations.of(refused).list().stream()
                .map(e -> new FieldError(e.field().replaceAll("\\[\\d+]$", ""), e.message())).toList());
    }
}
