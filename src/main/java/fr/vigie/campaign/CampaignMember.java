package fr.vigie.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One request of a campaign (a request belongs to one campaign at most). Ids only: the request itself is read
 * and written through the request core; the body is kept here so that the campaign's bodies are one query.
 */
@Entity
@Table(name = "campaign_request")
public class CampaignMember extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public Long requestId;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "body_id", nullable = false)
    public Long bodyId;

    static CampaignMember of(long campaignId, long requestId, long bodyId) {
        CampaignMember m = new CampaignMember();
        m.campaignId = campaignId;
        m.requestId = requestId;
        m.bodyId = bodyId;
        return m;
    }
}
