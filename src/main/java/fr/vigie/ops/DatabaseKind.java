package fr.vigie.ops;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The database the application was built for (fixed at build time: H2 by default, PostgreSQL with the pg profile). */
@ApplicationScoped
public class DatabaseKind {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    public boolean isH2() {
        return "h2".equalsIgnoreCase(dbKind);
    }
}
