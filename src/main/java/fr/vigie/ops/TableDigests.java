package fr.vigie.ops;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Row count and SHA-256 of every table of the connection's schema. Tables and columns come from the JDBC
 * metadata, so that a table added by a later migration is covered without being listed here (Flyway's own
 * history included: a restore must bring it back too). Rows are read in primary-key order; the order of text
 * keys follows the database's collation, so compare checksums of the same engine with the same collation.
 */
final class TableDigests {

    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");
    private static final Set<Integer> BINARY_TYPES = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    // rows holding document bytes (up to 25 MB each) are fetched a few at a time; other rows by the thousand
    private static final int BINARY_FETCH_SIZE = 2;
    private static final int FETCH_SIZE = 1000;

    private record Column(String name, int type) {
    }

    private TableDigests() {
    }

    static List<TableChecksum> of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", null)) {
            while (rs.next()) {
                if (TABLE_TYPES.contains(rs.getString("TABLE_TYPE"))) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        tables.sort(Comparator.comparing(t -> t.toLowerCase(Locale.ROOT)));
        List<TableChecksum> checksums = new ArrayList<>();
        for (String table : tables) {
            checksums.add(digest(connection, meta, schema, table));
        }
        return checksums;
    }

    private static TableChecksum digest(Connection connection, DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        List<Column> columns = columns(meta, schema, table);
        List<String> key = primaryKey(meta, schema, table);
        List<String> order = key.isEmpty() ? columns.stream().map(Column::name).toList() : key;
        String sql = "SELECT " + columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + " FROM " + quote(table) + " ORDER BY " + order.stream().map(TableDigests::quote).collect(Collectors.joining(", "));
        MessageDigest sha = sha256();
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(columns.stream().anyMatch(c -> BINARY_TYPES.contains(c.type())) ? BINARY_FETCH_SIZE : FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= columns.size(); i++) {
                        CanonicalValue.update(sha, rs.getObject(i));
                    }
                }
            }
        }
        return new TableChecksum(table.toLowerCase(Locale.ROOT), rows, HexFormat.of().formatHex(sha.digest()));
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        TreeMap<Integer, Column> byPosition = new TreeMap<>();
        // getColumns takes a pattern, where the "_" of our table names would match any character
        String escape = meta.getSearchStringEscape();
        String pattern = table.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
        try (ResultSet rs = meta.getColumns(null, schema, pattern, "%")) {
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE")));
            }
        }
        return List.copyOf(byPosition.values());
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        TreeMap<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
