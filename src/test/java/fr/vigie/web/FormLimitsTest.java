package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.BrowserSession;
import fr.vigie.testing.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 18, item 18: a form of more than 1,000 fields or parts is the client's excess (413), not a 500. */
@QuarkusTest
class FormLimitsTest {

    private static final int FIELDS = 1_001;

    @Test
    void item18_moreThanAThousandFormFieldsOrPartsGive413() {
        BrowserSession editor = BrowserSession.login(TestAccounts.EDITOR);
        editor.get("/bodies/new");
        StringBuilder form = new StringBuilder("csrf-token=").append(editor.csrf()).append("&name=Trop&kind=COMMUNE");
        for (int i = 0; i < FIELDS; i++) {
            form.append("&f").append(i).append("=x");
        }
        RawHttp.Answer urlencoded = RawHttp.exchange("POST", "/bodies", Map.of("Cookie", editor.cookieHeader(),
                "Content-Type", "application/x-www-form-urlencoded"), form.toString().getBytes(StandardCharsets.UTF_8), -1);
        assertThat(urlencoded.status()).as(urlencoded.body()).isIn(400, 413);
        assertThat(urlencoded.body()).contains("1000");

        String boundary = "----vigie" + System.nanoTime();
        StringBuilder parts = new StringBuilder();
        parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n")
                .append(editor.csrf()).append("\r\n");
        for (int i = 0; i < FIELDS; i++) {
            parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"p").append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        parts.append("--").append(boundary).append("--\r\n");
        RawHttp.Answer multipart = RawHttp.exchange("POST", "/bodies/import", Map.of("Cookie", editor.cookieHeader(),
                "Content-Type", "multipart/form-data; boundary=" + boundary), parts.toString().getBytes(StandardCharsets.UTF_8), -1);
        assertThat(multipart.status()).as(multipart.body()).isIn(400, 413);

        RawHttp.Answer api = RawHttp.exchange("POST", "/api/v1/requests/1/documents", Map.of("Authorization",
                TestAccounts.bearer(TestAccounts.EDITOR), "Content-Type", "multipart/form-data; boundary=" + boundary),
                parts.toString().getBytes(StandardCharsets.UTF_8), -1);
        assertThat(api.status()).as(api.body()).isIn(400, 413);
        assertThat(api.contentType()).startsWith(Problem.MEDIA_TYPE);
    }
}
