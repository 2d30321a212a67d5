package fr.vigie.letter.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.vigie.deadline.Deadline;
import fr.vigie.deadline.period.DateText;
import fr.vigie.letter.KeptLetter;
import fr.vigie.letter.LetterFacts;
import fr.vigie.letter.LetterFactsReader;
import fr.vigie.letter.pdf.HtmlPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The summary page of an export: parties, timeline, deadlines with how each was computed, the files. */
final class ExportSummary {

    /** One line of the timeline or of the files list, already written out. */
    record Line(String date, String what, String detail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summary(LetterFacts request, List<String> textLines, String lang, boolean french, List<Line> events,
                List<Line> deadlines, List<Line> letters, List<Line> documents);
    }

    private ExportSummary() {
    }

    static byte[] pdf(LetterFacts f, List<KeptLetter> kept, List<LetterFactsReader.DocumentFile> documents, Locale locale) {
        List<Line> events = f.events().stream().map(e -> new Line(date(e.date(), locale), e.type(), detail(e))).toList();
        List<Line> deadlines = f.deadlines().stream().map(d -> deadline(d, locale)).toList();
        List<Line> letters = kept.stream().map(l -> new Line(date(l.letterDate, locale), l.kind.name(),
                l.identity.label + " — SHA-256 " + l.sha256)).toList();
        List<Line> files = documents.stream().map(d -> new Line(d.uploadedAt(), d.fileName(),
                d.contentType() + " — SHA-256 " + d.sha256())).toList();
        String xhtml = Templates.summary(f, f.text().lines().toList(), locale.getLanguage(), DateText.isFrench(locale), events, deadlines, letters, files)
                .render();
        return HtmlPdf.render(xhtml, "summary");
    }

    private static Line deadline(Deadline d, Locale locale) {
        String subject = DateText.isFrench(locale) ? d.key().subject().fr() : d.key().subject().en();
        return new Line(date(d.date(), locale), subject, d.basis() + " — " + d.explanation().text(locale));
    }

    private static String detail(LetterFacts.Happened e) {
        StringBuilder s = new StringBuilder();
        append(s, e.outcome());
        append(s, e.avis());
        append(s, e.caseNumber());
        append(s, e.toBody());
        return s.toString();
    }

    private static void append(StringBuilder s, String value) {
        if (value != null) {
            s.append(s.length() == 0 ? "" : " · ").append(value);
        }
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateText.format(date, locale);
    }
}
