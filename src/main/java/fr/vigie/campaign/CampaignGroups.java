package fr.vigie.campaign;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.vigie.request.item.RequestGroups;

/** A campaign's requests, for the grounds figures and the items × outcome matrix filtered by campaign. */
@ApplicationScoped
class CampaignGroups implements RequestGroups {

    private final EntityManager em;

    CampaignGroups(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<List<Long>> requestsOf(long campaignId) {
        if (em.find(Campaign.class, campaignId) == null) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("select m.requestId from CampaignMember m where m.campaignId = :id order by m.requestId",
                Long.class).setParameter("id", campaignId).getResultList());
    }
}
