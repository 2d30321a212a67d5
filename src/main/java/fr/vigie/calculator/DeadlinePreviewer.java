package fr.vigie.calculator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.vigie.deadline.DeadlineEngine;
import fr.vigie.deadline.InvalidProcedureException;
import fr.vigie.deadline.ProcedureInput;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.InvalidInputException;

/** Computes a deadline chain for the API and the calculator page, in the request's language. Saves nothing. */
@ApplicationScoped
public class DeadlinePreviewer {

    private final DeadlineEngine engine = new DeadlineEngine();

    @Inject
    CurrentLocale locale;

    /** @throws InvalidInputException (422) naming each field that cannot be read or that the engine refuses */
    public DeadlinePreview preview(PreviewRequest request) {
        ProcedureInput input = new PreviewReader(locale.msg(), locale.bundle(CalcMsg.class), locale.get()).read(request);
        try {
            return DeadlinePreview.of(input, engine.evaluate(input), locale.get());
        } catch (InvalidProcedureException e) {
            throw InvalidInputException.of(e.field(), e.reason(locale.get()));
        }
    }
}
