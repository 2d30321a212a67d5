package fr.vigie.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.vigie.deadline.Party;
import fr.vigie.deadline.Regime;
import fr.vigie.request.procedure.Fact;
import fr.vigie.request.timeline.Avis;
import fr.vigie.request.timeline.Outcome;
import fr.vigie.request.timeline.RequestEventType;
import fr.vigie.app.DataVersion;

/**
 * One batch of the daily refresh in plain JDBC: three range reads (requests, their events, their stored
 * deadlines) and batched writes of what changed. Going through entities instead made the refresh of
 * 100,000 requests take minutes; this takes seconds.
 */
final class RefreshBatch {

    /** An unsettled request as the refresh reads it. */
    record Candidate(long id, long version, Regime regime, String territory, SendingChannel channel,
            StoredState stored, List<Fact> timeline) {
    }

    private RefreshBatch() {
    }

    /** The unsettled requests with {@code fromId <= id < toId}, in id order, with their timelines. */
    static List<Candidate> read(Connection c, long fromId, long toId) throws SQLException {
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.version, r.regime, b.departement, r.channel, r.stage,"
                + " r.next_action_key, r.next_action_date, r.next_action_party, r.overdue_since, r.receipt_estimated,"
                + " r.first_sent_date, r.first_answer_date, r.answer_due_date, r.answer_refused, r.cada_referral_sent, r.cada_avis,"
                + " r.favourable_avis_ignored"
                + " FROM access_request r JOIN public_body b ON b.id = r.public_body_id"
                + " WHERE r.id >= ? AND r.id < ? AND r.stage NOT IN ('ANSWERED', 'WITHDRAWN', 'CLOSED') ORDER BY r.id")) {
            ps.setLong(1, fromId);
            ps.setLong(2, toId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getLong(1), new Object[] { rs.getLong(2), Regime.valueOf(rs.getString(3)), rs.getString(4),
                            SendingChannel.valueOf(rs.getString(5)), RequestStage.valueOf(rs.getString(6)), rs.getString(7),
                            localDate(rs, 8), party(rs.getString(9)), localDate(rs, 10), rs.getBoolean(11), statistics(rs, 12) });
                }
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        long first = heads.keySet().iterator().next();
        long last = first;
        for (long id : heads.keySet()) {
            last = id;
        }
        Map<Long, List<Fact>> timelines = timelines(c, first, last);
        Map<Long, List<StoredState.Row>> deadlines = deadlines(c, first, last);
        List<Candidate> out = new ArrayList<>(heads.size());
        heads.forEach((id, h) -> {
            StoredState stored = new StoredState((RequestStage) h[4], (String) h[5], (LocalDate) h[6], (Party) h[7],
                    (LocalDate) h[8], (Boolean) h[9], deadlines.getOrDefault(id, List.of()), (StatisticsFacts) h[10]);
            out.add(new Candidate(id, (Long) h[0], (Regime) h[1], (String) h[2], (SendingChannel) h[3], stored,
                    timelines.getOrDefault(id, List.of())));
        });
        return out;
    }

    private static Map<Long, List<Fact>> timelines(Connection c, long first, long last) throws SQLException {
        Map<Long, List<Fact>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT request_id, type, event_date, outcome, acknowledged, channel, avis"
                + " FROM request_event WHERE request_id BETWEEN ? AND ? AND deleted = FALSE ORDER BY request_id, event_date, id")) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String outcome = rs.getString(4);
                    boolean ack = rs.getBoolean(5);
                    Boolean acknowledged = rs.wasNull() ? null : ack;
                    String channel = rs.getString(6);
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Fact(RequestEventType.valueOf(rs.getString(2)),
                            localDate(rs, 3), outcome == null ? null : Outcome.valueOf(outcome), acknowledged,
                            channel == null ? null : SendingChannel.valueOf(channel), avis(rs.getString(7))));
                }
            }
        }
        return out;
    }

    private static Map<Long, List<StoredState.Row>> deadlines(Connection c, long first, long last) throws SQLException {
        Map<Long, List<StoredState.Row>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT request_id, deadline_key, due_date, party, basis"
                + " FROM request_deadline WHERE request_id BETWEEN ? AND ? ORDER BY request_id, id")) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StoredState.Row(rs.getString(2), localDate(rs, 3), party(rs.getString(4)), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /**
     * Writes the new states; a request whose version moved since it was read (a user recorded an event
     * meanwhile, and that write stored a fresher state) is left alone. Returns how many were written.
     */
    static int write(Connection c, Map<Candidate, StoredState> changes) throws SQLException {
        List<Candidate> written = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE access_request SET stage = ?, next_action_key = ?,"
                + " next_action_date = ?, next_action_party = ?, overdue_since = ?, receipt_estimated = ?,"
                + " first_sent_date = ?, first_answer_date = ?, answer_due_date = ?, answer_refused = ?, cada_referral_sent = ?,"
                + " cada_avis = ?, favourable_avis_ignored = ? WHERE id = ? AND version = ?")) {
            for (var change : changes.entrySet()) {
                StoredState s = change.getValue();
                ps.setString(1, s.stage().name());
                ps.setString(2, s.nextActionKey());
                setDate(ps, 3, s.nextActionDate());
                ps.setString(4, s.nextActionParty() == null ? null : s.nextActionParty().name());
                setDate(ps, 5, s.overdueSince());
                ps.setBoolean(6, s.receiptEstimated());
                setStatistics(ps, 7, s.statistics());
                ps.setLong(14, change.getKey().id());
                ps.setLong(15, change.getKey().version());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            int i = 0;
            for (Candidate candidate : changes.keySet()) {
                if (counts[i++] != 0) {
                    written.add(candidate);
                }
            }
        }
        rewriteDeadlines(c, written, changes);
        if (!written.isEmpty()) {
            try (PreparedStatement bump = c.prepareStatement(DataVersion.BUMP_SQL)) {
                bump.executeUpdate();
            }
        }
        return written.size();
    }

    private static void rewriteDeadlines(Connection c, List<Candidate> written, Map<Candidate, StoredState> changes)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM request_deadline WHERE request_id = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO request_deadline (request_id, deadline_key, due_date, party, basis) VALUES (?, ?, ?, ?, ?)")) {
            for (Candidate candidate : written) {
                List<StoredState.Row> rows = changes.get(candidate).deadlines();
                if (rows.equals(candidate.stored().deadlines())) {
                    continue;
                }
                delete.setLong(1, candidate.id());
                delete.addBatch();
                for (StoredState.Row row : rows) {
                    insert.setLong(1, candidate.id());
                    insert.setString(2, row.key());
                    setDate(insert, 3, row.dueDate());
                    insert.setString(4, row.party().name());
                    insert.setString(5, row.basis());
                    insert.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /** The columns of {@link StatisticsFacts}, in its order, from column {@code from} on. */
    static StatisticsFacts statistics(ResultSet rs, int from) throws SQLException {
        return new StatisticsFacts(localDate(rs, from), localDate(rs, from + 1), localDate(rs, from + 2), rs.getBoolean(from + 3),
                rs.getBoolean(from + 4), avis(rs.getString(from + 5)), rs.getBoolean(from + 6));
    }

    private static void setStatistics(PreparedStatement ps, int from, StatisticsFacts f) throws SQLException {
        setDate(ps, from, f.firstSent());
        setDate(ps, from + 1, f.firstAnswer());
        setDate(ps, from + 2, f.answerDue());
        ps.setBoolean(from + 3, f.refused());
        ps.setBoolean(from + 4, f.cadaReferred());
        ps.setString(from + 5, f.avis() == null ? null : f.avis().name());
        ps.setBoolean(from + 6, f.favourableIgnored());
    }

    private static Avis avis(String name) {
        return name == null ? null : Avis.valueOf(name);
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Party party(String name) {
        return name == null ? null : Party.valueOf(name);
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
