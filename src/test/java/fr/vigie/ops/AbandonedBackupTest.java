package fr.vigie.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 22: copies left by aborted backup downloads do not stay in the temporary folder. */
class AbandonedBackupTest {

    @Test
    void item22_abandonedBackupCopiesAreDeleted(@TempDir Path tmp) throws Exception {
        Path old = Files.createDirectory(tmp.resolve(H2Backup.PREFIX + "123"));
        Files.writeString(old.resolve("vigie.zip"), "password hashes");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path current = Files.createDirectory(tmp.resolve(H2Backup.PREFIX + "456"));
        Files.writeString(current.resolve("vigie.zip"), "being downloaded");
        Path other = Files.createDirectory(tmp.resolve("someone-else"));
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        int swept = H2Backup.sweepAbandoned(tmp, Instant.now().minus(H2Backup.ABANDONED_AFTER));

        assertThat(swept).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(current.resolve("vigie.zip")).exists();
        assertThat(other).exists();
    }
}
