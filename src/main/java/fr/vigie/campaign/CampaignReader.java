package fr.vigie.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.vigie.app.Refusal;
import fr.vigie.dashboard.AsOf;
import fr.vigie.request.procedure.NextStep;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.request.procedure.StatisticsFacts;
import fr.vigie.web.Page;
import io.quarkus.cache.CacheResult;

/** Reads campaigns and their requests' stored state: two queries for a whole campaign, whatever its size. */
@ApplicationScoped
public class CampaignReader {

    private final EntityManager em;

    CampaignReader(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Campaign get(long id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw Refusal.notFound("id");
        }
        return campaign;
    }

    /** Campaigns, newest first, with their request counts. */
    @Transactional
    public Page<Listed> list(int page, int size) {
        long total = Campaign.count();
        List<Campaign> campaigns = Campaign.<Campaign>find("order by createdAt desc, id desc")
                .page(io.quarkus.panache.common.Page.of(page - 1, size)).list();
        Map<Long, Long> counts = counts(campaigns.stream().map(c -> c.id).toList());
        return new Page<>(campaigns.stream().map(c -> new Listed(c, counts.getOrDefault(c.id, 0L))).toList(), page, size, total);
    }

    /** A campaign in a list, with the number of its requests. */
    public record Listed(Campaign campaign, long requestCount) {
    }

    private Map<Long, Long> counts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m.campaignId, count(m) from CampaignMember m where m.campaignId in :ids group by m.campaignId",
                Object[].class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(o -> (Long) o[0], o -> (Long) o[1]));
    }

    /**
     * The campaign's board as of a day and data version, read once and then shared by every reader of that version
     * (every write of requests and bodies moves it, see {@link AsOf}); a campaign's own fields never change.
     */
    @Transactional
    @CacheResult(cacheName = "campaign-board")
    public CampaignBoard board(long id, AsOf asOf) {
        Campaign campaign = get(id);
        return CampaignBoard.of(campaign, rows(id), asOf.today());
    }

    List<CampaignBoard.Row> rows(long campaignId) {
        List<Object[]> found = em.createQuery("select r.id, b.id, b.name, b.departement, r.state.stage, r.state.nextStep,"
                + " r.state.nextActionDate, r.state.overdueSince, r.state.statistics from CampaignMember m"
                + " join AccessRequest r on r.id = m.requestId join r.body b where m.campaignId = :id order by b.name, r.id",
                Object[].class).setParameter("id", campaignId).getResultList();
        List<CampaignBoard.Row> rows = new ArrayList<>(found.size());
        for (Object[] o : found) {
            rows.add(new CampaignBoard.Row((Long) o[0], (Long) o[1], (String) o[2], (String) o[3], (RequestStage) o[4],
                    (NextStep) o[5], (LocalDate) o[6], (LocalDate) o[7], (StatisticsFacts) o[8]));
        }
        return rows;
    }

    /** The ids of the campaign's requests among {@code ids}. */
    List<Long> membersAmong(long campaignId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m.requestId from CampaignMember m where m.campaignId = :c and m.requestId in :ids", Long.class)
                .setParameter("c", campaignId).setParameter("ids", ids).getResultList();
    }
    /** The bodies already asked in the campaign. */
    @Transactional
    public java.util.Set<Long> bodiesOf(long campaignId) {
        return new java.util.HashSet<>(em.createQuery("select m.bodyId from CampaignMember m where m.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getResultList());
    }

    /** For each of these bodies asked in other campaigns, those campaigns' names: pointed out before creating. */
    @Transactional
    public Map<Long, String> otherCampaigns(long campaignId, List<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select m.bodyId, c.name from CampaignMember m join Campaign c on c.id = m.campaignId"
                + " where m.bodyId in :ids and m.campaignId <> :c order by c.name", Object[].class)
                .setParameter("ids", bodyIds).setParameter("c", campaignId).getResultList()
                .forEach(o -> names.merge((Long) o[0], (String) o[1], (a, b) -> a.contains(b) ? a : a + ", " + b));
        return names;
    }

    /** Most lines a list of names takes. */
    static final int MAX_NAMES = CampaignService.MAX_BODIES;

    /**
     * The bodies of a list of names, one a line (a body's name or short name, case and accents ignored); a line
     * that names no body refuses the list, with every such line named.
     */
    @Transactional
    public List<Long> bodiesNamed(String names) {
        if (names == null || names.isBlank()) {
            throw Refusal.invalid("names", fr.vigie.app.FormCode.REQUIRED);
        }
        if (names.length() > MAX_NAMES * 310) {
            throw Refusal.invalid("names", fr.vigie.app.FormCode.TOO_LONG, MAX_NAMES * 310);
        }
        if (fr.vigie.form.TextRules.hasForbidden(names, true)) {
            throw Refusal.invalid("names", fr.vigie.app.FormCode.FORBIDDEN_CHARACTERS);
        }
        Map<String, Long> byName = new java.util.HashMap<>();
        em.createQuery("select b.id, b.name, b.shortName from PublicBody b order by b.id desc", Object[].class).getResultList()
                .forEach(o -> {
                    byName.put(fr.vigie.web.Texts.fold((String) o[1]), (Long) o[0]);
                    if (o[2] != null) {
                        byName.putIfAbsent(fr.vigie.web.Texts.fold((String) o[2]), (Long) o[0]);
                    }
                });
        List<Long> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String line : names.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            Long id = byName.get(fr.vigie.web.Texts.fold(name));
            if (id == null) {
                unknown.add(name.length() > 80 ? name.substring(0, 80) + "…" : name);
            } else {
                ids.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw Refusal.invalid("names", CampaignCode.NAMES_UNKNOWN, String.join(", ", unknown.subList(0, Math.min(20, unknown.size()))));
        }
        if (ids.size() > MAX_NAMES) {
            throw Refusal.invalid("names", CampaignCode.TOO_MANY_BODIES, MAX_NAMES);
        }
        return ids;
    }
}
