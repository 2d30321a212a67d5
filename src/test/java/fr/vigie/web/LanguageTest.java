package fr.vigie.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class LanguageTest {

    @Test
    void frenchByDefaultEnglishByTheSwitch() {
        given().get("/login").then().body(containsString("<html lang=\"fr\">")).body(containsString("Connexion"));
        Response switched = given().redirects().follow(false).get("/lang/en?back=/login");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/login");
        String cookie = switched.cookie("vigie-lang");
        assertThat(cookie).isEqualTo("en");
        given().cookie("vigie-lang", "en").get("/login").then()
                .body(containsString("<html lang=\"en\">")).body(containsString("Log in")).body(containsString(">Français<"));
    }

    @Test
    void browserLanguageIsUsedWhenNoChoiceWasMade() {
        given().header("Accept-Language", "en-GB,en;q=0.9").get("/login").then().body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "de-DE").get("/login").then().body(containsString("<html lang=\"fr\">"));
        given().cookie("vigie-lang", "xx").header("Accept-Language", "en").get("/login").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void apiErrorsFollowTheLanguageToo() {
        given().header("Accept-Language", "en").get("/api/v1/bodies").then().statusCode(401)
                .body(containsString("Login required"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "" })
    void theSwitchNeverRedirectsOffSite(String back) {
        Response r = given().redirects().follow(false).queryParam("back", back).get("/lang/fr");
        assertThat(r.header("Location")).isEqualTo("/"); // relative since issue 18, item 13
    }

    @ParameterizedTest
    @CsvSource({ "/bodies?q=a&page=2", "/calculator" })
    void theSwitchKeepsLocalPages(String back) {
        Response r = given().redirects().follow(false).queryParam("back", back).get("/lang/en");
        assertThat(r.header("Location")).endsWith(back);
    }

    @Test
    void unknownLanguageIs404() {
        given().redirects().follow(false).get("/lang/xx").then().statusCode(404);
    }
}
