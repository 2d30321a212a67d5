package fr.vigie.calculator;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.vigie.deadline.AlsoPossible;
import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.DeadlineChain;
import fr.vigie.deadline.Party;
import fr.vigie.deadline.ProcedureInput;
import fr.vigie.deadline.Warning;
import fr.vigie.deadline.period.DateText;
import fr.vigie.deadline.period.SkippedDay;

/**
 * The computed chain as the API returns it and the calculator page shows it. Texts are in the
 * request's language; each date is given both as ISO and written out ("mercredi 4 juin 2025").
 */
@Schema(description = "Every deadline that follows from the known events, in the order of the procedure, and warnings about the "
        + "steps that have no legal effect (the deadlines ignore them)")
public record DeadlinePreview(String regime,
        @Schema(description = "The territory code as understood (normalised), null for national") String territory,
        @Schema(description = "The residence as understood (METROPOLE, OVERSEAS, ABROAD), null when not given") String requesterResidence,
        List<Entry> deadlines,
        @Schema(description = "Steps without legal effect or too late, in the request's language; empty when none") List<PreviewWarning> warnings) {

    static DeadlinePreview of(ProcedureInput input, DeadlineChain chain, Locale locale) {
        return new DeadlinePreview(input.regime().name(), input.territory(),
                input.requesterResidence() == null ? null : input.requesterResidence().name(),
                chain.deadlines().stream().map(deadline -> Entry.of(deadline, locale)).toList(),
                chain.warnings().stream().map(warning -> PreviewWarning.of(warning, locale)).toList());
    }

    /** One deadline of the chain. */
    @Schema(name = "PreviewDeadline")
    public record Entry(
            @Schema(description = "IMPLICIT_REFUSAL, CADA_REFERRAL_BY, COURT_BY, ONE_YEAR_LIMIT, RESPONSE_DUE...") String key,
            @Schema(description = "What the date is, in the request's language") String label,
            @Schema(description = "The act-by date, or the day an implicit decision arises") LocalDate date,
            String dateText,
            @Schema(description = "Who must act (or whose silence decides): ADMINISTRATION, REQUESTER, CADA, CNIL") Party party,
            @Schema(description = "The articles applied") String basis,
            @Schema(description = "How the date was reached, step by step, one step per line") String explanation,
            @Schema(description = "Later dates worth knowing (other reading, local calendar, distance, legal aid contested)")
            List<DatedReason> alsoPossible,
            @Schema(description = "The days not counted or moved over, with their reason") List<DatedReason> skippedDays) {

        static Entry of(Deadline deadline, Locale locale) {
            return new Entry(deadline.key().name(), deadline.key().subject().in(locale), deadline.date(),
                    DateText.format(deadline.date(), locale), deadline.party(), deadline.basis(),
                    deadline.explanation().text(locale),
                    deadline.alsoPossible().stream().map(also -> DatedReason.of(also, locale)).toList(),
                    deadline.explanation().skippedDays().stream().map(day -> DatedReason.of(day, locale)).toList());
        }
    }

    /** A date with why it matters. */
    @Schema(name = "PreviewDatedReason")
    public record DatedReason(LocalDate date, String dateText, String reason) {

        static DatedReason of(AlsoPossible also, Locale locale) {
            return new DatedReason(also.date(), DateText.format(also.date(), locale), also.reason(locale));
        }

        static DatedReason of(SkippedDay day, Locale locale) {
            return new DatedReason(day.date(), DateText.format(day.date(), locale), day.reason(locale));
        }
    }

    /** A step without legal effect: what, the rule, what the chain does about it, what to do. */
    @Schema(name = "PreviewWarning")
    public record PreviewWarning(
            @Schema(description = "PREMATURE_CADA_REFERRAL, LATE_CADA_REFERRAL, REASONS_REQUEST_WITHOUT_IMPLICIT_REFUSAL, "
                    + "CONFIRMATORY_DECISION, REFERRAL_ALREADY_MADE, RECOURS_GRACIEUX_BEFORE_CADA, LATE_RECOURS_GRACIEUX, "
                    + "LATE_LEGAL_AID_REQUEST, LATE_EXTENSION, APPEAL_PERIOD_SET_BY_AGENCY, LATE_OBJECTION") String code,
            @Schema(description = "The warning in the request's language") String message,
            @Schema(description = "The event it is about") String event,
            @Schema(description = "That event's date") LocalDate date) {

        static PreviewWarning of(Warning warning, Locale locale) {
            return new PreviewWarning(warning.code().name(), warning.message(locale), warning.event().name(), warning.date());
        }
    }
}
