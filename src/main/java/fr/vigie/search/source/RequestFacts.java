package fr.vigie.search.source;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index keeps of a request, read from the database: its own texts, and what every entry of the
 * request is filtered by (body, kind of body, département, regime, stage, tags, owner, visibility, campaign).
 *
 * @param campaignId the campaign the request belongs to (table {@code campaign_request}), or null
 */
public record RequestFacts(long id, String title, String letter, List<String> tags, String codes, long bodyId,
        String bodyName, String bodyKind, String departement, String regime, String stage, String owner,
        String visibility, String publicKey, LocalDate created, Long campaignId) {

    public boolean isPublic() {
        return "PUBLIC".equals(visibility);
    }
}
