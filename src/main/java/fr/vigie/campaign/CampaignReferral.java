package fr.vigie.campaign;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.letter.LetterDraft;
import fr.vigie.letter.LetterService;
import fr.vigie.request.procedure.RequestStage;

/**
 * The grouped CADA referral of a campaign, prepared by the letters' service: one letter for every request of the
 * campaign refused, expressly or by silence, and not yet taken to the CADA, and for no other.
 */
@ApplicationScoped
public class CampaignReferral {

    /**
     * The stages whose requests may be refused and not yet at the CADA: refused, and still awaiting an answer (a
     * silence turns into a refusal on its day, before the nightly job stores it). The letters' service decides.
     */
    static final Set<RequestStage> CANDIDATES = EnumSet.of(RequestStage.AWAITING_ANSWER, RequestStage.REFUSED);

    private final CampaignReader reader;
    private final LetterService letters;

    CampaignReferral(CampaignReader reader, LetterService letters) {
        this.reader = reader;
        this.letters = letters;
    }

    /** The referral signed by the user's default identity; empty when no request of the campaign is refused. */
    @Transactional
    public Optional<LetterDraft> draft(long campaignId, long userId) {
        reader.get(campaignId);
        List<Long> candidates = reader.rows(campaignId).stream().filter(r -> CANDIDATES.contains(r.stage()))
                .map(CampaignBoard.Row::requestId).toList();
        return letters.prepareGrouped(candidates, userId);
    }
}
