package fr.vigie.search.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the facts of the selected requests, with their body and owner, in one query. */
public final class RequestFactsReader {

    private static final String SQL = "SELECT r.id, r.title, r.body_text, r.tags, r.body_reference, r.cada_case_number,"
            + " r.court_case_number, r.regime, r.stage, r.visibility, r.public_key, r.created_at, b.id, b.name, b.short_name,"
            + " b.kind, b.departement, u.username, cr.campaign_id FROM access_request r JOIN public_body b ON b.id = r.public_body_id"
            + " JOIN app_user u ON u.id = r.owner_id LEFT JOIN campaign_request cr ON cr.request_id = r.id WHERE ";

    private final ZoneId zone;

    public RequestFactsReader(ZoneId zone) {
        this.zone = zone;
    }

    public Map<Long, RequestFacts> read(Connection c, RequestSelection selection) throws SQLException {
        Map<Long, RequestFacts> facts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SQL + selection.where("r.id"))) {
            selection.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RequestFacts f = facts(rs);
                    facts.put(f.id(), f);
                }
            }
        }
        return facts;
    }

    private RequestFacts facts(ResultSet rs) throws SQLException {
        String codes = Stream.of(rs.getString(5), rs.getString(6), rs.getString(7)).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · "));
        String shortName = rs.getString(15);
        String bodyName = shortName == null || shortName.isBlank() ? rs.getString(14) : rs.getString(14) + " (" + shortName + ")";
        return new RequestFacts(rs.getLong(1), rs.getString(2), rs.getString(3),
                Arrays.stream(rs.getString(4).split(",")).filter(t -> !t.isEmpty()).toList(), codes, rs.getLong(13),
                bodyName, rs.getString(16), rs.getString(17), rs.getString(8), rs.getString(9), rs.getString(18),
                rs.getString(10), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(), rs.getObject(19, Long.class));
    }
}
