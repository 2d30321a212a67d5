package fr.vigie.request.item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.app.FormCode;
import fr.vigie.request.procedure.Avis;
import io.quarkus.cache.CacheResult;

/**
 * Reads the items the figures fold ({@link GroundFigures}): of every request, of one body's, of one tag's, or of
 * one campaign's requests. Two grouped reads, one of the items and one of their grounds; no event.
 */
@ApplicationScoped
public class GroundQueries {

    /** Which requests: none given is all of them. */
    public record Filter(Long bodyId, String tag, Long campaignId) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    private final EntityManager em;
    private final Instance<RequestGroups> groups;

    GroundQueries(EntityManager em, Instance<RequestGroups> groups) {
        this.em = em;
        this.groups = groups;
    }

    /**
     * The figures of the requests the filter names, as of a data version: computed once per filter and version (every
     * write through the request writer moves the version), since folding 800,000 items takes about a second.
     */
    @CacheResult(cacheName = "ground-figures")
    @Transactional
    public GroundFigures.Summary summary(Filter filter, long dataVersion) {
        return read(filter);
    }

    /** The groups of alike items of the requests the filter names; a campaign that does not exist is refused naming campaignId. */
    @Transactional
    public GroundFigures.Summary read(Filter filter) {
        List<Long> campaign = null;
        if (filter.campaignId() != null) {
            Optional<List<Long>> ids = groups.isResolvable() ? groups.get().requestsOf(filter.campaignId()) : Optional.empty();
            campaign = ids.orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                    List.of(Violation.of("campaignId", FormCode.NOT_FOUND))));
            if (campaign.isEmpty()) {
                return GroundFigures.summary(List.of(), List.of());
            }
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.bodyId() != null) {
            where.append(" AND r.public_body_id = :body");
            params.put("body", filter.bodyId());
        }
        if (filter.tag() != null) {
            where.append(" AND r.tags LIKE :tag");
            params.put("tag", "%," + filter.tag() + ",%");
        }
        if (campaign != null) {
            where.append(" AND r.id IN (:ids)");
            params.put("ids", campaign);
        }
        // counted by the database: the figures need how many items share their facts, never each item
        Query items = em.createNativeQuery("SELECT " + FACTS + ", x.with_ground, COUNT(*), MIN(x.id) AS first_id FROM (SELECT "
                + ITEM_COLUMNS + ", i.id, CASE WHEN EXISTS (SELECT 1 FROM request_item_ground g WHERE g.item_id = i.id)"
                + " THEN 1 ELSE 0 END AS with_ground" + FROM + where + ") x GROUP BY " + FACTS + ", x.with_ground ORDER BY first_id");
        params.forEach(items::setParameter);
        Query grounds = em.createNativeQuery("SELECT " + FACTS + ", x.ground, COUNT(*) FROM (SELECT " + ITEM_COLUMNS
                + ", g.ground" + FROM + " JOIN request_item_ground g ON g.item_id = i.id" + where + ") x GROUP BY " + FACTS + ", x.ground");
        params.forEach(grounds::setParameter);
        List<GroundFigures.ItemGroup> itemGroups = new ArrayList<>();
        for (Object o : items.getResultList()) {
            Object[] r = (Object[]) o;
            itemGroups.add(new GroundFigures.ItemGroup(facts(r), ((Number) r[8]).intValue() == 1, ((Number) r[9]).longValue()));
        }
        List<GroundFigures.GroundGroup> groundGroups = new ArrayList<>();
        for (Object o : grounds.getResultList()) {
            Object[] r = (Object[]) o;
            groundGroups.add(new GroundFigures.GroundGroup(facts(r), LegalGround.valueOf((String) r[8]), ((Number) r[9]).longValue()));
        }
        return GroundFigures.summary(itemGroups, groundGroups);
    }

    private static final String ITEM_COLUMNS = "r.public_body_id, b.name, i.label, i.outcome, i.after_avis, i.avis, r.cada_avis,"
            + " r.favourable_avis_ignored";
    private static final String FACTS = "x.public_body_id, x.name, x.label, x.outcome, x.after_avis, x.avis, x.cada_avis,"
            + " x.favourable_avis_ignored";
    private static final String FROM = " FROM request_item i JOIN access_request r ON r.id = i.request_id"
            + " JOIN public_body b ON b.id = r.public_body_id";

    private static GroundFigures.ItemFacts facts(Object[] r) {
        return new GroundFigures.ItemFacts(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ItemOutcome.valueOf((String) r[3]),
                constant(ItemOutcome.class, r[4]), constant(Avis.class, r[5]), constant(Avis.class, r[6]), Boolean.TRUE.equals(r[7]));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object name) {
        return name == null ? null : Enum.valueOf(type, (String) name);
    }
}
