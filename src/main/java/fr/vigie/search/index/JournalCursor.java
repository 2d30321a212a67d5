package fr.vigie.search.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far an instance has read the journal. Ids are given when a row is inserted but become visible when its
 * transaction commits, so a row can appear after rows with higher ids: an id skipped over is kept as a gap and
 * looked for again at every read, until it appears or {@link #GAP_TIMEOUT_MILLIS} passes (a rolled-back
 * transaction leaves a gap that never fills).
 */
public final class JournalCursor {

    /** Far longer than any writing transaction lasts. */
    static final long GAP_TIMEOUT_MILLIS = 5 * 60_000L;
    /** Gaps kept at most; a burst of rolled-back ids beyond that is forgotten oldest first. */
    static final int MAX_GAPS = 10_000;

    /** One journal row: a change of kind {@code kind} to the thing {@code refId}. */
    public record Row(long id, String kind, long refId) {
    }

    private long position;
    /** Ids not seen yet, with the time they were first missed. */
    private final TreeMap<Long, Long> gaps = new TreeMap<>();

    public JournalCursor(long position) {
        this.position = position;
    }

    public long position() {
        return position;
    }

    public int gapCount() {
        return gaps.size();
    }

    /** Reads the rows after the position, and any gap that filled; at most {@code limit} new rows. */
    public List<Row> read(Connection c, int limit, long nowMillis) throws SQLException {
        List<Row> rows = new ArrayList<>(filledGaps(c));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, ref_id FROM search_journal WHERE id > ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")) {
            ps.setLong(1, position);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = new Row(rs.getLong(1), rs.getString(2), rs.getLong(3));
                    for (long missing = Math.max(position + 1, row.id() - MAX_GAPS); missing < row.id(); missing++) {
                        gaps.put(missing, nowMillis);
                    }
                    position = row.id();
                    rows.add(row);
                }
            }
        }
        expire(nowMillis);
        return rows;
    }

    private List<Row> filledGaps(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        List<Long> wanted = new ArrayList<>(gaps.keySet());
        for (int from = 0; from < wanted.size(); from += 500) {
            List<Long> part = wanted.subList(from, Math.min(wanted.size(), from + 500));
            String in = part.stream().map(i -> "?").collect(Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, ref_id FROM search_journal WHERE id IN (" + in + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                        gaps.remove(rs.getLong(1));
                    }
                }
            }
        }
        return rows;
    }

    private void expire(long nowMillis) {
        gaps.values().removeIf(since -> nowMillis - since > GAP_TIMEOUT_MILLIS);
        Iterator<Long> oldest = gaps.keySet().iterator();
        while (gaps.size() > MAX_GAPS) {
            oldest.next();
            oldest.remove();
        }
    }

    /**
     * A cursor for an index just rebuilt from the data as of journal row {@code top}: rows up to {@code top} that
     * were not visible then (their transactions still open) are gaps, to be applied when they appear.
     */
    public static JournalCursor rebuiltAt(Connection c, long top, long nowMillis) throws SQLException {
        JournalCursor cursor = new JournalCursor(top);
        long from = Math.max(0, top - 1_000);
        List<Long> present = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM search_journal WHERE id > ? AND id <= ?")) {
            ps.setLong(1, from);
            ps.setLong(2, top);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getLong(1));
                }
            }
        }
        for (long id = from + 1; id <= top; id++) {
            cursor.gaps.put(id, nowMillis);
        }
        present.forEach(cursor.gaps::remove);
        return cursor;
    }

    /** The cursor as commit user data. */
    public void writeTo(Map<String, String> data) {
        data.put("position", Long.toString(position));
        data.put("gaps", gaps.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
    }

    /** The cursor kept in commit user data, or null when there is none. */
    public static JournalCursor readFrom(Map<String, String> data) {
        String position = data.get("position");
        if (position == null) {
            return null;
        }
        JournalCursor cursor = new JournalCursor(Long.parseLong(position));
        String gaps = data.getOrDefault("gaps", "");
        for (String gap : gaps.isEmpty() ? new String[0] : gaps.split(",")) {
            String[] parts = gap.split(":");
            cursor.gaps.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
        return cursor;
    }
}
