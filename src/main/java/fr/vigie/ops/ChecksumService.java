package fr.vigie.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * Computes the checksums of the whole database in one read-only REPEATABLE READ transaction, so that tables
 * are read as of one moment on PostgreSQL. Compare checksums taken while nobody writes (as a backup check does).
 */
@ApplicationScoped
public class ChecksumService {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseKind kind;

    public Checksums compute() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            // embedded H2 otherwise builds each whole result in memory, every document's bytes at once
            lazyOnH2(connection, true);
            try {
                List<TableChecksum> tables = TableDigests.of(connection);
                DocumentCheck.Result documents = DocumentCheck.of(connection);
                return new Checksums(connection.getMetaData().getDatabaseProductName(), tables, documents.checked(),
                        documents.problems());
            } finally {
                connection.rollback();
                lazyOnH2(connection, false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private void lazyOnH2(Connection connection, boolean lazy) throws SQLException {
        if (kind.isH2()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
            }
        }
    }
}
