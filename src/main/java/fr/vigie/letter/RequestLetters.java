package fr.vigie.letter;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import fr.vigie.request.procedure.NextStep;
import fr.vigie.web.CurrentLocale;

/**
 * A request's letters as its page shows them ({inject:requestLetters...}): the letter of the next step, and the
 * letters the law allows now with from and until when. The request core need not know letters.
 */
@Named("requestLetters")
@RequestScoped
public class RequestLetters {

    /** The letter that carries out a step: what to call it and where to prepare it. */
    public record Offer(String kind, String label, String href) {
    }

    private final LetterService letters;
    private final CurrentLocale locale;

    RequestLetters(LetterService letters, CurrentLocale locale) {
        this.letters = letters;
        this.locale = locale;
    }

    /** The letter of the next step ({@code step}: a {@link NextStep} name), or null when the step has none. */
    public Offer forStep(long requestId, String step) {
        NextStep next = step == null ? null : NextStep.valueOf(step);
        LetterMsg msg = locale.bundle(LetterMsg.class);
        return LetterKind.forNextStep(next).map(kind -> new Offer(kind.name(), LetterLabels.kind(msg, kind),
                "/requests/" + requestId + "/letters/" + kind.name() + "/edit")).orElse(null);
    }

    /** The letters allowed now (and those too early or too late, marked so), with from and until when. */
    @Transactional
    public List<LetterPages.Row> of(long requestId) {
        LetterMsg msg = locale.bundle(LetterMsg.class);
        Locale ui = locale.get();
        return letters.windows(requestId).stream().filter(LetterWindow::isOpen).map(w -> LetterPages.Row.of(w, msg, ui)).toList();
    }
}
