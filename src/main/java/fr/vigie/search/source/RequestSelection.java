package fr.vigie.search.source;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which requests a source reads: a few by id (the ones the journal names) or a range of ids (a rebuild reads
 * the whole table range by range). Written into each source's SQL against its own request-id column.
 */
public final class RequestSelection {

    private final List<Long> ids;
    private final long from;
    private final long to;

    private RequestSelection(List<Long> ids, long from, long to) {
        this.ids = ids;
        this.from = from;
        this.to = to;
    }

    public static RequestSelection ids(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no request id");
        }
        return new RequestSelection(List.copyOf(ids), 0, 0);
    }

    /** Requests whose id is from {@code from} to {@code to}, both included. */
    public static RequestSelection range(long from, long to) {
        return new RequestSelection(null, from, to);
    }

    /** The condition on {@code column}, with one parameter per value. */
    public String where(String column) {
        return ids == null ? column + " BETWEEN ? AND ?"
                : column + " IN (" + ids.stream().map(i -> "?").collect(Collectors.joining(",")) + ")";
    }

    /** Binds the parameters of {@link #where(String)} from index {@code first}; returns the next free index. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int at = first;
        if (ids == null) {
            statement.setLong(at++, from);
            statement.setLong(at++, to);
        } else {
            for (long id : ids) {
                statement.setLong(at++, id);
            }
        }
        return at;
    }
}
