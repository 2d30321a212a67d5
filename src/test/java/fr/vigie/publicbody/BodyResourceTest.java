package fr.vigie.publicbody;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class BodyResourceTest {

    private static String editorAuth;
    private static String viewerAuth;

    @BeforeEach
    void tokens() {
        if (editorAuth == null) {
            editorAuth = TestAccounts.bearer(TestAccounts.EDITOR);
            viewerAuth = TestAccounts.bearer(TestAccounts.VIEWER);
        }
    }

    static RequestSpecification as(String auth) {
        return given().header("Authorization", auth).contentType(ContentType.JSON);
    }

    static Map<String, Object> body(String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("kind", "COMMUNE");
        b.put("departement", "38");
        b.put("postalAddress", "Place de l'Hôtel-de-Ville\n38200 Vienne");
        b.put("email", "mairie@example.org");
        b.put("website", "https://www.example.org");
        return b;
    }

    static int create(String auth, Map<String, Object> body) {
        return as(auth).body(body).post("/api/v1/bodies").then().statusCode(201).extract().path("id");
    }

    @Test
    void createReadUpdateDelete() {
        String name = "Commune test " + UUID.randomUUID();
        io.restassured.response.Response created = as(editorAuth).body(body(name)).post("/api/v1/bodies");
        created.then().statusCode(201).body("id", notNullValue()).body("kind", equalTo("COMMUNE"));
        int id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/bodies/" + id);
        as(viewerAuth).get("/api/v1/bodies/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("departement", equalTo("38"))
                .body("postalAddress", equalTo("Place de l'Hôtel-de-Ville\n38200 Vienne")).body("version", equalTo(0));

        Map<String, Object> changed = body(name);
        changed.put("shortName", "CT");
        changed.put("version", 0);
        as(editorAuth).body(changed).put("/api/v1/bodies/" + id).then().statusCode(200)
                .body("shortName", equalTo("CT")).body("version", equalTo(1));

        as(editorAuth).delete("/api/v1/bodies/" + id).then().statusCode(204);
        as(viewerAuth).get("/api/v1/bodies/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void staleVersionIsAConflictAndNothingIsLost() {
        String name = "Versioned " + UUID.randomUUID();
        int id = create(editorAuth, body(name));
        Map<String, Object> first = body(name);
        first.put("notes", "first edit");
        first.put("version", 0);
        as(editorAuth).body(first).put("/api/v1/bodies/" + id).then().statusCode(200);
        Map<String, Object> second = body(name);
        second.put("notes", "second edit from a stale copy");
        second.put("version", 0);
        as(editorAuth).body(second).put("/api/v1/bodies/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        as(viewerAuth).get("/api/v1/bodies/" + id).then().body("notes", equalTo("first edit"));
    }

    @Test
    void aBodyWithAttachedBodiesCannotBeDeleted() {
        int parent = create(editorAuth, body("Parent " + UUID.randomUUID()));
        Map<String, Object> child = body("Child " + UUID.randomUUID());
        child.put("parentId", parent);
        int childId = create(editorAuth, child);
        as(editorAuth).delete("/api/v1/bodies/" + parent).then().statusCode(409).contentType("application/problem+json");
        as(viewerAuth).get("/api/v1/bodies/" + parent).then().statusCode(200);
        as(viewerAuth).get("/api/v1/bodies/" + childId).then().body("parentId", equalTo(parent));
    }

    @Test
    void aBodyCannotBeItsOwnAncestor() {
        int a = create(editorAuth, body("Ancestor " + UUID.randomUUID()));
        Map<String, Object> bBody = body("Descendant " + UUID.randomUUID());
        bBody.put("parentId", a);
        int b = create(editorAuth, bBody);
        Map<String, Object> loop = body("Ancestor loop");
        loop.put("parentId", b);
        as(editorAuth).body(loop).put("/api/v1/bodies/" + a).then().statusCode(422).body("errors.field", hasItem("parentId"));
        Map<String, Object> missing = body("Orphan " + UUID.randomUUID());
        missing.put("parentId", 987654321);
        as(editorAuth).body(missing).post("/api/v1/bodies").then().statusCode(422).body("errors.field", hasItem("parentId"));
    }

    @Test
    void sameNameInSameDepartementIsADuplicate() {
        String name = "Duplicate Town " + UUID.randomUUID();
        create(editorAuth, body(name));
        as(editorAuth).body(body(" " + name.toUpperCase() + " ")).post("/api/v1/bodies")
                .then().statusCode(422).body("errors.field", hasItem("name"));
        Map<String, Object> elsewhere = body(name);
        elsewhere.put("departement", "69");
        as(editorAuth).body(elsewhere).post("/api/v1/bodies").then().statusCode(201);
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFiltersByKindAndDepartement() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create(editorAuth, Map.of("name", "Préfecture de l'Île " + tag, "kind", "PREFECTURE", "departement", "2A"));
        create(editorAuth, Map.of("name", "Commune de l'Île " + tag, "kind", "COMMUNE", "departement", "2A"));
        create(editorAuth, Map.of("name", "Commune Cœur " + tag, "kind", "COMMUNE", "departement", "971"));
        as(viewerAuth).get("/api/v1/bodies?q=ile " + tag).then().statusCode(200).body("total", equalTo(2));
        as(viewerAuth).get("/api/v1/bodies?q=coeur " + tag).then().body("items[0].departement", equalTo("971"));
        as(viewerAuth).get("/api/v1/bodies?q=" + tag + "&kind=COMMUNE&departement=2a").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("Commune de l'Île " + tag));
        as(viewerAuth).get("/api/v1/bodies?q=" + tag + "&size=2&page=2").then().body("items", hasSize(1))
                .body("page", equalTo(2)).body("size", equalTo(2)).body("total", equalTo(3));
        as(viewerAuth).get("/api/v1/bodies?q=%25").then().statusCode(200);
    }

    @Test
    void badQueryParametersNameTheParameter() {
        as(viewerAuth).get("/api/v1/bodies?page=0").then().statusCode(422).body("errors.field", hasItem("page"));
        as(viewerAuth).get("/api/v1/bodies?size=1000").then().statusCode(422).body("errors.field", hasItem("size"));
        as(viewerAuth).get("/api/v1/bodies?page=abc").then().statusCode(422).body("errors.field", hasItem("page"));
        as(viewerAuth).get("/api/v1/bodies?kind=CASTLE").then().statusCode(422).body("errors.field", hasItem("kind"));
        as(viewerAuth).get("/api/v1/bodies?departement=20").then().statusCode(422).body("errors.field", hasItem("departement"));
    }

    @Test
    void viewersAndAnonymousCannotWrite() {
        int id = create(editorAuth, body("Protected " + UUID.randomUUID()));
        as(viewerAuth).body(body("Viewer attempt")).post("/api/v1/bodies").then().statusCode(403);
        as(viewerAuth).body(body("Viewer attempt")).put("/api/v1/bodies/" + id).then().statusCode(403);
        as(viewerAuth).delete("/api/v1/bodies/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body("Anon")).post("/api/v1/bodies").then().statusCode(401);
        given().contentType(ContentType.JSON).body(body("Anon")).put("/api/v1/bodies/" + id).then().statusCode(401);
        given().delete("/api/v1/bodies/" + id).then().statusCode(401);
        given().get("/api/v1/bodies/" + id).then().statusCode(401);
        as(viewerAuth).get("/api/v1/bodies/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void unknownBodyIs404() {
        as(viewerAuth).get("/api/v1/bodies/999999999").then().statusCode(404).contentType("application/problem+json");
        as(editorAuth).body(body("Nobody")).put("/api/v1/bodies/999999999").then().statusCode(404);
        as(editorAuth).delete("/api/v1/bodies/999999999").then().statusCode(404);
    }

    @Test
    void emptyOrMalformedBodiesAre400() {
        as(editorAuth).body("").post("/api/v1/bodies").then().statusCode(400).contentType("application/problem+json");
        as(editorAuth).body("{\"name\": ").post("/api/v1/bodies").then().statusCode(400).contentType("application/problem+json");
        as(editorAuth).body("[1,2]").post("/api/v1/bodies").then().statusCode(400);
        given().header("Authorization", editorAuth).contentType("text/plain").body("name=x").post("/api/v1/bodies")
                .then().statusCode(415);
        String deep = "[".repeat(5000) + "]".repeat(5000);
        int status = as(editorAuth).body("{\"name\":" + deep + "}").post("/api/v1/bodies").statusCode();
        assertThat(status).isEqualTo(400);
    }
}
