package fr.vigie.campaign;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.dashboard.AsOf;
import io.quarkus.cache.CacheResult;
import io.quarkus.qute.RawString;

/**
 * The costly parts of a campaign's page, the matrix's rows (500 rows through the message bundles) and the map,
 * rendered once per campaign, language and {@link AsOf} (day and data version) and then served as they are, as the
 * dashboard does: every write of requests or bodies moves the version, so an entry is never stale. The page around
 * them (user, CSRF token, bulk form) is rendered for each request.
 */
@ApplicationScoped
public class CampaignContent {

    /** The board and its rendered parts: the rows with no request ticked, and the map. */
    public record Parts(CampaignBoard board, RawString rows, RawString map) {
    }

    private final CampaignReader reader;

    CampaignContent(CampaignReader reader) {
        this.reader = reader;
    }

    @CacheResult(cacheName = "campaign-html")
    public Parts render(long id, Locale locale, AsOf asOf) {
        CampaignBoard board = reader.board(id, asOf);
        return new Parts(board, rows(board, BulkForm.EMPTY, locale),
                new RawString(CampaignPages.Templates.map(CampaignMap.of(board)).setLocale(locale).render()));
    }

    /** The matrix's rows, with the requests {@code bulk} ticked (a refused bulk action shows them ticked again). */
    static RawString rows(CampaignBoard board, BulkForm bulk, Locale locale) {
        return new RawString(CampaignPages.Templates.rows(board, bulk).setLocale(locale).render());
    }
}
