package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import fr.vigie.search.index.IndexFollower;
import fr.vigie.search.index.IndexStore;
import fr.vigie.search.index.Journal;
import fr.vigie.search.query.SearchEngine;
import fr.vigie.search.query.SearchInput;
import fr.vigie.search.source.Sources;
import fr.vigie.testing.TestAccounts;
import fr.vigie.web.Msg;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Must-show 2: two instances on one database. Beside the running application (the first instance, written to
 * through HTTP) a second, independent follower runs with its own index folder and its own connections, read
 * from the same database URL, polling every second as an instance does by default. A request written on the
 * first must be found on the second within 5 s.
 */
@QuarkusTest
class TwoInstancesTest {

    @Test
    void aRequestWrittenOnOneInstanceIsFoundOnTheOtherWithinFiveSeconds() throws Exception {
        TestAccounts.ensure();
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        Path folder = Files.createTempDirectory("vigie-second-instance-index");
        try (IndexStore store = IndexStore.open(folder.toString());
                IndexFollower second = new IndexFollower(() -> DriverManager.getConnection(url, user, password), store,
                        new Sources(ZoneId.of("Europe/Paris")), Clock.systemUTC(), Duration.ofDays(7))) {
            second.start(Duration.ofSeconds(1));
            SearchEngine engine = new SearchEngine(store);
            long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (second.status().lastRebuild() == null && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(second.status().lastRebuild()).as("the second instance built its own index").isNotNull();

            String word = SearchApi.unique("two");
            int body = SearchApi.newBody("Commune " + word, "COMMUNE", "34");
            long begin = System.nanoTime();
            int request = SearchApi.newRequest(body, "Écrite sur la première instance " + word, "Texte " + word, "PRIVATE",
                    List.of());
            long written = System.nanoTime();
            SearchParams params = new SearchParams();
            params.q = word;
            params.type = "REQUEST";
            SearchInput input = params.input(MessageBundles.get(Msg.class), MessageBundles.get(SearchMsg.class), true);
            long found = -1;
            while (System.nanoTime() - written < Duration.ofSeconds(10).toNanos()) {
                var page = engine.search(input, true);
                if (page.total() == 1 && page.items().get(0).requestId() == request) {
                    found = System.nanoTime();
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(found).as("found on the second instance within 10 s").isPositive();
            double seconds = (found - written) / 1e9;
            System.out.printf("Second instance found the request %.2f s after the first answered the write (%.2f s after it was sent)%n",
                    seconds, (found - begin) / 1e9);
            assertThat(seconds).as("seconds from the write to the second instance finding it").isLessThan(5.0);
            assertThat(folder.resolve("write.lock")).as("its own index, in its own folder").exists();
        }
    }

    /** An index written by an older version (format 1 stored no body name) is rebuilt, not followed from where it was. */
    @Test
    void anIndexOfAnOlderFormatIsRebuiltWhenTheInstanceStarts() throws Exception {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        Path folder = Files.createTempDirectory("vigie-old-format-index");
        try (IndexStore store = IndexStore.open(folder.toString()); var c = DriverManager.getConnection(url, user, password)) {
            // everything else says "follow on": same database, a position the journal still holds
            store.commit(java.util.Map.of("database", Journal.databaseId(c), "format", "1", "position",
                    Long.toString(Journal.top(c)), "gaps", ""));
        }
        try (IndexStore store = IndexStore.open(folder.toString());
                IndexFollower follower = new IndexFollower(() -> DriverManager.getConnection(url, user, password), store,
                        new Sources(ZoneId.of("Europe/Paris")), Clock.systemUTC(), Duration.ofDays(7))) {
            assertThat(store.isFresh()).isFalse();
            follower.start(Duration.ofSeconds(1));
            long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (follower.status().lastRebuild() == null && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(follower.status().lastRebuild()).as("rebuilt from the database").isNotNull();
            assertThat(store.committed()).containsEntry("format", "2");
        }
    }
}
