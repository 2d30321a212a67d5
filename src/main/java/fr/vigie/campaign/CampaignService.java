package fr.vigie.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.account.AppUser;
import fr.vigie.app.AppClock;
import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.form.FormCheck;
import fr.vigie.letter.identity.IdentityService;
import fr.vigie.letter.identity.RequesterIdentity;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.BatchRefusal;
import fr.vigie.request.RequestForm;
import fr.vigie.request.RequestService;
import fr.vigie.request.procedure.SendingChannel;

/**
 * Creates campaigns and their requests. Every request is created by the request writer, all of a batch in one
 * transaction: when the writer refuses the request of one body, the whole batch is refused with that body named,
 * and nothing (not even the campaign, when it was created with the batch) is kept. Works from a page, the API or a job.
 */
@ApplicationScoped
public class CampaignService {

    /** Most bodies one batch takes: the whole directory of a large campaign, well within one transaction. */
    public static final int MAX_BODIES = 2000;

    /** A campaign and the number of requests it has. */
    public record Created(Campaign campaign, int requestCount) {
    }

    private final RequestService requests;
    private final FormCheck forms;
    private final AppClock clock;
    private final IdentityService identities;

    CampaignService(RequestService requests, FormCheck forms, AppClock clock, IdentityService identities) {
        this.requests = requests;
        this.forms = forms;
        this.clock = clock;
        this.identities = identities;
    }

    /** A new campaign and one request per body ({@code bodyIds} may be empty: bodies can be added later). */
    @Transactional
    public Created create(CampaignForm form, List<Long> bodyIds, long ownerId) {
        List<Violation> violations = new ArrayList<>(forms.violations(form));
        List<String> tags = form.cleanTags(violations);
        Refusal.throwIfAny(violations);
        Campaign campaign = new Campaign();
        campaign.name = form.name();
        campaign.description = form.description();
        campaign.regime = form.regimeValue();
        campaign.letterText = form.text();
        campaign.tags = fr.vigie.form.Tags.stored(tags);
        campaign.owner = AppUser.findById(ownerId);
        campaign.createdAt = clock.now();
        campaign.persist();
        int count = bodyIds.isEmpty() ? 0 : addBodies(campaign.id, bodyIds, ownerId);
        return new Created(campaign, count);
    }

    /**
     * One request per body, created by the request writer as {@code actorId}, all or none. Bodies named twice
     * count once; a body already in the campaign, an unknown body or a request the writer refuses refuses the batch.
     */
    @Transactional
    public int addBodies(long campaignId, List<Long> bodyIds, long actorId) {
        Campaign campaign = get(campaignId);
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(bodyIds));
        if (ids.isEmpty()) {
            throw Refusal.invalid("bodyIds", CampaignCode.NO_BODY);
        }
        if (ids.size() > MAX_BODIES) {
            throw Refusal.invalid("bodyIds", CampaignCode.TOO_MANY_BODIES, MAX_BODIES);
        }
        Map<Long, PublicBody> bodies = new HashMap<>();
        PublicBody.<PublicBody>list("id in ?1", ids).forEach(b -> bodies.put(b.id, b));
        Set<Long> already = new java.util.HashSet<>(CampaignMember.<CampaignMember>list("campaignId = ?1 and bodyId in ?2",
                campaignId, ids).stream().map(m -> m.bodyId).toList());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            PublicBody body = bodies.get(ids.get(i));
            if (body == null) {
                violations.add(Violation.of("bodyIds[" + i + "]", CampaignCode.BODY_UNKNOWN, ids.get(i)));
            } else if (already.contains(body.id)) {
                violations.add(Violation.of("bodyIds[" + i + "]", CampaignCode.BODY_ALREADY_IN, body.name));
            }
        }
        Refusal.throwIfAny(violations);
        String requester = requester(actorId);
        List<RequestForm> forms = new ArrayList<>(ids.size());
        for (Long id : ids) {
            PublicBody body = bodies.get(id);
            forms.add(new RequestForm(LetterTemplate.title(campaign.name, body),
                    LetterTemplate.render(campaign.letterText, body, requester), campaign.regime.name(), String.valueOf(body.id),
                    channelFor(body).name(), null, campaign.tagList(), null, null, null, null, null));
        }
        List<Long> created;
        try {
            // one batch through the request writer: the data version moves once and the session stays small
            created = requests.createAll(forms, actorId);
        } catch (BatchRefusal refused) {
            PublicBody body = bodies.get(ids.get(refused.index()));
            throw Refusal.invalid("bodyIds[" + refused.index() + "]", CampaignCode.BODY_REFUSED, body.name,
                    refused.violations().get(0));
        }
        for (int i = 0; i < ids.size(); i++) {
            CampaignMember.of(campaignId, created.get(i), ids.get(i)).persist();
        }
        return ids.size();
    }

    /** A body with an e-mail address is written to by e-mail, the others by post. */
    static SendingChannel channelFor(PublicBody body) {
        return body.email != null && !body.email.isBlank() ? SendingChannel.EMAIL : SendingChannel.POST;
    }

    /** Who signs, for the {{demandeur}} merge field: the actor's default identity, or nobody yet. */
    private String requester(long userId) {
        return identities.defaultOf(userId).map(CampaignService::nameOf).orElse(null);
    }

    private static String nameOf(RequesterIdentity identity) {
        if (identity.organisation != null && !identity.organisation.isBlank()) {
            return identity.organisation;
        }
        return ((identity.firstName == null ? "" : identity.firstName) + " "
                + (identity.lastName == null ? "" : identity.lastName)).strip();
    }

    public Campaign get(long id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw Refusal.notFound("id");
        }
        return campaign;
    }
}
