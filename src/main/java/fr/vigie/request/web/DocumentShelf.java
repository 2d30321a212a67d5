package fr.vigie.request.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.vigie.deadline.period.DateText;
import fr.vigie.request.document.RequestDocument;

/** A request's documents as its page shows them: under their event, or apart when they have none live. */
public final class DocumentShelf {

    /** One file line: name, type and size written out in the page's language. */
    public record Line(long id, String fileName, String contentType, String sizeText) {
    }

    private final Map<Long, List<Line>> byEvent = new LinkedHashMap<>();
    private final List<Line> unattached = new ArrayList<>();

    /** @param liveEventIds the events the page shows; files of a deleted event are listed apart */
    public static DocumentShelf of(List<RequestDocument> documents, Set<Long> liveEventIds, Locale locale) {
        DocumentShelf shelf = new DocumentShelf();
        for (RequestDocument d : documents) {
            Line line = new Line(d.id, d.fileName, d.contentType, sizeText(d.size, locale));
            if (d.eventId() != null && liveEventIds.contains(d.eventId())) {
                shelf.byEvent.computeIfAbsent(d.eventId(), k -> new ArrayList<>()).add(line);
            } else {
                shelf.unattached.add(line);
            }
        }
        return shelf;
    }

    public List<Line> of(Long eventId) {
        return byEvent.getOrDefault(eventId, List.of());
    }

    public List<Line> unattached() {
        return unattached;
    }

    /** "12,3 Ko" in French, "12.3 KB" in English. */
    static String sizeText(long bytes, Locale locale) {
        boolean fr = DateText.isFrench(locale);
        if (bytes < 1024) {
            return bytes + (fr ? " o" : " B");
        }
        boolean kilo = bytes < 1024 * 1024;
        double amount = kilo ? bytes / 1024.0 : bytes / (1024.0 * 1024.0);
        String unit = kilo ? (fr ? "Ko" : "KB") : (fr ? "Mo" : "MB");
        return String.format(locale, "%.1f %s", amount, unit);
    }
}
