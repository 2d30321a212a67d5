package fr.vigie.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** The page: the header's box on every page, results with escaped, marked snippets, errors beside the field. */
@QuarkusTest
class SearchPageTest {

    @Test
    void theSearchBoxIsInTheHeaderOfEveryPage() {
        for (String path : List.of("/login", "/calculator", "/search")) {
            given().get(path).then().statusCode(200).body(containsString("action=\"/search\""))
                    .body(containsString("id=\"site-search-q\""));
        }
    }

    @Test
    void resultsShowWhatMatchedMarkedAndEscaped() {
        TestAccounts.ensure();
        String word = SearchApi.unique("pge");
        int body = SearchApi.newBody("Commune " + word, "COMMUNE", "13");
        int request = SearchApi.newRequest(body, "Caméras <b>piétons</b> " + word, "Analyse <script>alert(1)</script> " + word,
                "PUBLIC", List.of());
        SearchApi.found(null, "q", "analyse " + word);
        given().queryParam("q", "analyse " + word).get("/search").then().statusCode(200)
                .body(containsString("<mark>Analyse</mark>"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("Caméras &lt;b&gt;piétons&lt;/b&gt;"))
                .body(containsString("href=\"/p/"));
        BrowserSession.login(TestAccounts.VIEWER).get("/search?q=analyse+" + word).then().statusCode(200)
                .body(containsString("href=\"/requests/" + request + "\""));
    }

    @Test
    void withoutWordsThePageExplainsAndBadWordsAreShownBesideTheField() {
        given().get("/search").then().statusCode(200).body(containsString("id=\"search-hint\""));
        given().queryParam("q", "le la de").get("/search").then().statusCode(422)
                .body(containsString("id=\"f-q-error\"")).body(containsString("aria-invalid=\"true\""));
        given().queryParam("q", "*").get("/search").then().statusCode(422).body(containsString("id=\"f-q-error\""));
    }
}
