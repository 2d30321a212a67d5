package fr.vigie.letter.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.period.DateText;
import fr.vigie.letter.KeptLetter;
import fr.vigie.letter.LetterFacts;
import fr.vigie.letter.LetterFactsReader;
import fr.vigie.letter.LetterLabels;
import fr.vigie.letter.LetterMsg;
import fr.vigie.letter.pdf.HtmlPdf;
import fr.vigie.request.procedure.RequestStage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The summary page of an export: parties, timeline, deadlines with how each was computed, the files. */
final class ExportSummary {

    /** One line of the deadlines, the kept letters or the files, already written out. */
    record Line(String date, String what, String detail) {
    }

    /** One event of the timeline: its names ({@code RequestEventType}, outcome, avis) are written out by the template. */
    record Event(String date, String type, String outcome, String avis, String caseNumber, String toBody) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summary(LetterFacts request, RequestStage stage, List<String> textLines, String lang,
                boolean french, List<Event> events, List<Line> deadlines, List<Line> letters, List<Line> documents);
    }

    private ExportSummary() {
    }

    static byte[] pdf(LetterFacts f, List<KeptLetter> kept, List<LetterFactsReader.DocumentFile> documents, Locale locale,
            ZoneId zone) {
        List<Event> events = f.events().stream().map(e -> new Event(date(e.date(), locale), e.type(), e.outcome(), e.avis(),
                e.caseNumber(), e.toBody())).toList();
        LetterMsg msg = MessageBundles.get(LetterMsg.class, Localized.Literal.of(locale.getLanguage()));
        List<Line> deadlines = f.deadlines().stream().map(d -> deadline(d, locale)).toList();
        List<Line> letters = kept.stream().map(l -> new Line(date(l.letterDate, locale), LetterLabels.kind(msg, l.kind),
                l.identity.label + " — SHA-256 " + l.sha256)).toList();
        List<Line> files = documents.stream().map(d -> new Line(dateTime(d.uploadedAt(), zone, locale), d.fileName(),
                d.contentType() + " — SHA-256 " + d.sha256())).toList();
        String xhtml = Templates.summary(f, RequestStage.valueOf(f.stage()), f.text().lines().toList(), locale.getLanguage(),
                DateText.isFrench(locale), events, deadlines, letters, files).setLocale(locale).render();
        return HtmlPdf.render(xhtml, "summary");
    }

    private static Line deadline(Deadline d, Locale locale) {
        String subject = DateText.isFrench(locale) ? d.key().subject().fr() : d.key().subject().en();
        return new Line(date(d.date(), locale), subject, d.basis() + " — " + d.explanation().text(locale));
    }

    /** When a file was added, in the application's time zone: "dimanche 20 avril 2025, 12:00". */
    private static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime at = instant.atZone(zone);
        return date(at.toLocalDate(), locale) + ", " + at.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateText.format(date, locale);
    }
}
