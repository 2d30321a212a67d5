package fr.vigie.request.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "vigie.documents")
public interface DocumentConfig {

    /** Largest file accepted; must stay under quarkus.http.limits.max-body-size. */
    @WithDefault("25M")
    MemorySize maxSize();
}
