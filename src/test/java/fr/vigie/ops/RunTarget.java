package fr.vigie.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The database a harness runs the application on, from its {@code key=value} arguments:
 * {@code db=h2} (a fresh folder under target/ops/) or {@code db=pg url=jdbc:postgresql://127.0.0.1:5432/NAME}
 * (an empty database, user and password from VIGIE_DB_USER / VIGIE_DB_PASSWORD, default vigie / vigie);
 * {@code port=} and {@code jvm=} (default -Xmx512m) are common to all harnesses.
 */
record RunTarget(String db, Map<String, String> args) {

    static RunTarget of(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("arguments are key=value, got: " + arg);
            }
            args.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String db = args.getOrDefault("db", "h2");
        if (!db.equals("h2") && !db.equals("pg")) {
            throw new IllegalArgumentException("db=h2 or db=pg url=jdbc:postgresql://...");
        }
        return new RunTarget(db, args);
    }

    String get(String key, String otherwise) {
        return args.getOrDefault(key, otherwise);
    }

    int port(int otherwise) {
        return Integer.parseInt(get("port", Integer.toString(otherwise)));
    }

    /** The application on a fresh H2 folder target/ops/{name}-h2, or on the empty PostgreSQL database {@code urlKey}. */
    boolean h2() {
        return db.equals("h2");
    }

    AppProcess freshApp(String name, String urlKey, int port) throws IOException, SQLException {
        Path dir = Path.of("target", "ops", name + "-" + db);
        deleteTree(dir);
        AppProcess app = h2() ? AppProcess.h2(dir) : pgApp(dir, get(urlKey, null));
        return app.port(port).jvm(get("jvm", "-Xmx512m").split(" "));
    }

    private static AppProcess pgApp(Path dir, String url) throws SQLException {
        if (url == null) {
            throw new IllegalArgumentException("db=pg needs url=jdbc:postgresql://127.0.0.1:5432/NAME (an empty database)");
        }
        String user = System.getenv().getOrDefault("VIGIE_DB_USER", "vigie");
        String password = System.getenv().getOrDefault("VIGIE_DB_PASSWORD", "vigie");
        requireEmpty(url, user, password);
        return AppProcess.pg(dir, url, user, password);
    }

    /** Never write into a database that holds anything: the harness is not to touch real data. */
    static void requireEmpty(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                ResultSet tables = c.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
            if (tables.next()) {
                throw new IllegalStateException(url + " is not empty (table " + tables.getString("TABLE_NAME")
                        + "); create an empty one: su postgres -c \"psql -c 'CREATE DATABASE name OWNER vigie'\"");
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
