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
 * one campaign's requests. One read of the items with their request's columns and one of their grounds; no event.
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
        return GroundFigures.summary(rows(filter));
    }

    /** The items of the requests the filter names; a campaign that does not exist is refused naming campaignId. */
    @Transactional
    public List<GroundFigures.ItemRow> rows(Filter filter) {
        List<Long> campaign = null;
        if (filter.campaignId() != null) {
            Optional<List<Long>> ids = groups.isResolvable() ? groups.get().requestsOf(filter.campaignId()) : Optional.empty();
            campaign = ids.orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                    List.of(Violation.of("campaignId", FormCode.NOT_FOUND))));
            if (campaign.isEmpty()) {
                return List.of();
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
        Query query = em.createNativeQuery("SELECT i.id, r.id AS request_id, r.public_body_id, b.name, i.label, i.outcome,"
                + " i.after_avis, i.avis, r.cada_avis, r.favourable_avis_ignored FROM request_item i"
                + " JOIN access_request r ON r.id = i.request_id JOIN public_body b ON b.id = r.public_body_id" + where
                + " ORDER BY i.id");
        params.forEach(query::setParameter);
        // the grounds of the same items, read apart: one row per ground, never an IN list of every item
        Query groundQuery = em.createNativeQuery("SELECT g.item_id, g.ground FROM request_item_ground g"
                + " JOIN request_item i ON i.id = g.item_id JOIN access_request r ON r.id = i.request_id" + where);
        params.forEach(groundQuery::setParameter);
        Map<Long, List<LegalGround>> grounds = new HashMap<>();
        for (Object o : groundQuery.getResultList()) {
            Object[] row = (Object[]) o;
            grounds.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(LegalGround.valueOf((String) row[1]));
        }
        grounds.values().forEach(list -> list.sort(null));
        List<GroundFigures.ItemRow> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new GroundFigures.ItemRow(((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3],
                    (String) r[4], ItemOutcome.valueOf((String) r[5]), constant(ItemOutcome.class, r[6]),
                    constant(Avis.class, r[7]), constant(Avis.class, r[8]), Boolean.TRUE.equals(r[9]),
                    grounds.getOrDefault(((Number) r[0]).longValue(), List.of())));
        }
        return rows;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object name) {
        return name == null ? null : Enum.valueOf(type, (String) name);
    }
}
