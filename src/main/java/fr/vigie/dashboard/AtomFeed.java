package fr.vigie.dashboard;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import fr.vigie.app.PublicLinks;
import fr.vigie.request.RequestEvent;

/** The newest events of a user's requests as an Atom feed (rome); links absolute under VIGIE_PUBLIC_URL when set. */
final class AtomFeed {

    private AtomFeed() {
    }

    static String write(List<RequestEvent> events, String username, Date updated, PublicLinks links) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Vigie — " + username);
        feed.setUri("urn:vigie:feed:" + username);
        feed.setLink(links.to("/requests"));
        feed.setPublishedDate(updated);
        feed.setEntries(events.stream().map(e -> entry(e, links)).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("an Atom feed of plain entries always serialises", e);
        }
    }

    private static SyndEntry entry(RequestEvent e, PublicLinks links) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:vigie:event:" + e.id);
        entry.setTitle(e.type.name() + " — " + e.request.title);
        entry.setLink(links.to("/requests/" + e.request.id));
        Date recorded = Date.from(e.recordedAt);
        entry.setPublishedDate(recorded);
        entry.setUpdatedDate(recorded);
        SyndContent text = new SyndContentImpl();
        text.setType("text/plain");
        text.setValue(e.date + (e.note == null ? "" : "\n" + e.note));
        entry.setDescription(text);
        return entry;
    }
}
