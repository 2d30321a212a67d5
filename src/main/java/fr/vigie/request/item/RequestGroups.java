package fr.vigie.request.item;

import java.util.List;
import java.util.Optional;

/**
 * The requests of a campaign, for the items × outcome matrix of a campaign. Campaigns are their own feature (a
 * CDI bean implements this there); without it, a campaign filter names an unknown campaign.
 */
public interface RequestGroups {

    /** The ids of the campaign's requests; empty when there is no such campaign. */
    Optional<List<Long>> requestsOf(long campaignId);
}
