package fr.vigie.search.index;

import java.sql.Connection;
import java.sql.SQLException;

/** Where the follower gets its database connections (the application's pool, or a test's own). */
@FunctionalInterface
public interface Connections {
    Connection get() throws SQLException;
}
