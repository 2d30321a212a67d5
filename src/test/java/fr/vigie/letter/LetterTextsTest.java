package fr.vigie.letter;

import static fr.vigie.letter.LetterTestData.asEditor;
import static fr.vigie.letter.LetterTestData.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vigie.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every letter rendered for fixture requests whose dates are worked out by hand (LEGAL.md): the parties,
 * addresses, dates in full, articles and, for a grouped referral, every refused body.
 */
@QuarkusTest
class LetterTextsTest {

    static String text(int request, String kind, Object identity) {
        return asEditor().queryParam("identityId", identity).get("/api/v1/requests/" + request + "/letters/" + kind)
                .then().statusCode(200).contentType("text/plain").extract().asString();
    }

    static int silentCrpa(String title) {
        return LetterTestData.silentCrpa(title, "Les bons de commande du logiciel BriefCam.");
    }

    @Test
    void cadaReferralAfterAnImplicitRefusal() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int r = silentCrpa("Saisine " + me);
        String letter = text(r, "CADA_REFERRAL", me);
        assertThat(letter).doesNotContain("[Attention").doesNotContain("[à compléter")
                .contains("Je soussignée, Madame Marie Dupont-Hélène, demeurant 12 rue des Lilas, 75011 Paris (courriel : marie.dupont@example.org)")
                .contains("articles L342-1 et R343-1 du code des relations entre le public et l'administration")
                .contains("Préfecture des Bouches-du-Rhône").contains("(1 rue de la Préfecture, 13006 Marseille)")
                // the body's name as French writes it: with its article, contracted after "de" and "à"
                .contains("— refus de la Préfecture des Bouches-du-Rhône")
                .contains("du refus opposé par la Préfecture des Bouches-du-Rhône")
                .contains("Le lundi 3 mars 2025, j'ai demandé à la Préfecture des Bouches-du-Rhône").contains("Les bons de commande du logiciel BriefCam.")
                .contains("reçue le mercredi 5 mars 2025")
                .contains("a fait naître le samedi 5 avril 2025 une décision implicite de refus (article R311-13 du CRPA)")
                .contains("qui expire le vendredi 6 juin 2025")
                .contains("Pièces jointes :\n- copie de ma demande du lundi 3 mars 2025\n- preuve de l'envoi et de la réception");
        assertThat(text(r, "REASONS_REQUEST", me)).contains("article L232-4").contains("samedi 5 avril 2025")
                .contains("avant le vendredi 6 juin 2025").contains("articles L211-2 et L311-14");
        assertThat(text(r, "REMINDER", me)).contains("Objet : relance").contains("samedi 5 avril 2025")
                .contains("avant le vendredi 6 juin 2025");
        assertThat(text(r, "RECOURS_GRACIEUX", me)).contains("recours gracieux").contains("L300-2")
                .contains("article L342-1 du CRPA) : je la saisirai avant le vendredi 6 juin 2025");
        // too early: no CADA referral yet; still written, and says so plainly
        assertThat(text(r, "COURT_APPLICATION", me)).startsWith("[Attention : cette lettre arrive trop tôt — la CADA n'a pas été saisie");
        List<Map<String, Object>> allowed = asEditor().get("/api/v1/requests/" + r + "/letters").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(allowed).extracting(a -> a.get("kind"))
                .containsExactly("REMINDER", "REASONS_REQUEST", "CADA_REFERRAL", "RECOURS_GRACIEUX");
        assertThat(allowed.get(2)).containsEntry("label", "Saisine de la CADA").containsEntry("availableFrom", "2025-04-05")
                .containsEntry("actBy", "2025-06-06");
    }

    /** The built-in BriefCam letter (templates/letters/cada-briefcam.txt) is already a whole letter: it is signed as it is. */
    @Test
    void briefCamRequestKeepsItsText() throws Exception {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        String template;
        try (var in = getClass().getResourceAsStream("/templates/letters/cada-briefcam.txt")) {
            template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String text = template.replace("{bodyName}", "la préfecture de police").strip();
        int body = LetterTestData.body("Préfecture de police", "75");
        int r = LetterTestData.request(body, "FR_CRPA", "BriefCam " + me, text);
        assertThat(text(r, "REQUEST", me)).isEqualTo(text + "\n\nMarie Dupont-Hélène\n")
                .contains("logiciel d'analyse vidéo BriefCam (dont le module « Vidéo Synopsis »)");
    }

    @Test
    void tooLateSaysSo() {
        FixedClock.install("2025-06-09");
        int me = LetterTestData.editorIdentity();
        int r = silentCrpa("Tardive " + me);
        assertThat(text(r, "CADA_REFERRAL", me))
                .startsWith("[Attention : cette lettre arrive trop tard — le délai a expiré le vendredi 6 juin 2025.");
    }

    /** LEGAL.md example 12 with an express refusal first: court by Mon 6 May 2024. */
    @Test
    void courtApplicationTellsTheFactsInOrder() {
        FixedClock.install("2024-03-20");
        int me = LetterTestData.editorIdentity();
        int r = LetterTestData.refusedAfterCada("Tribunal " + me);
        event(r, "CADA_AVIS", "2024-02-01", "avis", "FAVOURABLE");
        String letter = text(r, "COURT_APPLICATION", me);
        assertThat(letter).doesNotContain("[Attention")
                .contains("articles R411-1 et R421-1 du code de justice administrative")
                .contains("POUR :\nMadame Marie Dupont-Hélène, demeurant 12 rue des Lilas, 75011 Paris, courriel : marie.dupont@example.org")
                .contains("CONTRE :\nMinistère de l'Intérieur").contains("1 rue de la Préfecture, 13006 Marseille")
                .contains("1. Le mardi 14 novembre 2023, j'ai demandé")
                .contains("Par une décision du vendredi 1er décembre 2023, le Ministère de l'Intérieur")
                .contains("j'ai demandé au Ministère de l'Intérieur")
                .contains("m'a opposé un refus")
                .contains("3. Le mercredi 20 décembre 2023, j'ai saisi la Commission d'accès aux documents administratifs (CADA), comme l'impose l'article L342-1 du CRPA")
                .contains("enregistré ma saisine le vendredi 5 janvier 2024 sous le numéro 20240123")
                .contains("Par un avis du jeudi 1er février 2024, la Commission a émis un avis favorable")
                .contains("a fait naître le mardi 5 mars 2024 une décision implicite confirmant le refus (articles R343-4 et R343-5 du CRPA)")
                .contains("qui expire le lundi 6 mai 2024")
                .contains("[À rédiger par le requérant")
                .contains("1° d'annuler la décision implicite née le mardi 5 mars 2024")
                .contains("2° d'enjoindre au Ministère de l'Intérieur")
                .contains("par laquelle le Ministère de l'Intérieur").contains("article L911-1 du code de justice administrative")
                .contains("tribunal administratif de [à compléter : tribunal dans le ressort duquel")
                .contains("Fait à Paris, le mercredi 20 mars 2024")
                .contains("article R412-2");
        assertThat(text(r, "RECOURS_GRACIEUX", me)).contains("avis favorable (dossier n° 20240123)")
                .contains("conformément à l'avis de la Commission").contains("avant le lundi 6 mai 2024");
    }

    @Test
    void groupedReferralListsEveryRefusedBody() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        String title = "BriefCam groupée " + me;
        int first = silentCrpa(title);
        int second = silentCrpa(title.toUpperCase(java.util.Locale.ROOT));
        int marseille = LetterTestData.body("Commune de Marseille", "13");
        int third = LetterTestData.request(marseille, "FR_CRPA", title, "Les bons de commande du logiciel BriefCam.");
        event(third, "SENT", "2025-03-10", "channel", "EMAIL");
        event(third, "ANSWER", "2025-03-20", "outcome", "PARTIAL");
        int unrelated = silentCrpa("Autre sujet " + me);
        String letter = text(first, "GROUPED_CADA_REFERRAL", me);
        String names = asEditor().get("/api/v1/requests/" + first).then().extract().path("bodyName");
        String second2 = asEditor().get("/api/v1/requests/" + second).then().extract().path("bodyName");
        String third3 = asEditor().get("/api/v1/requests/" + third).then().extract().path("bodyName");
        String other = asEditor().get("/api/v1/requests/" + unrelated).then().extract().path("bodyName");
        assertThat(letter).doesNotContain("[Attention").contains("même demande refusée par 3 administrations")
                .contains("1. " + names).contains("2. " + second2).contains("3. " + third3).doesNotContain(other)
                .contains("refus implicite né le samedi 5 avril 2025")
                .contains("un refus partiel, ne me communiquant qu'une partie des documents par décision du jeudi 20 mars 2025")
                .contains("demande envoyée le lundi 10 mars 2025")
                .contains("le premier de ces délais expire le mercredi 21 mai 2025")
                .contains("- " + third3 + " : copie de la demande du lundi 10 mars 2025 et copie de la décision de refus du jeudi 20 mars 2025");
        assertThat(text(unrelated, "GROUPED_CADA_REFERRAL", me)).startsWith("[Attention : cette lettre arrive trop tôt — aucune autre demande");
    }

    @Test
    void gdprRequestAndCnilComplaint() {
        FixedClock.install("2025-04-20");
        int me = LetterTestData.editorIdentity();
        int body = LetterTestData.body("Police municipale de Nice", "06");
        int r = LetterTestData.request(body, "FR_GDPR", "RGPD " + me, "Les images me concernant captées le 1er mars 2025.");
        assertThat(text(r, "REQUEST", me)).contains("article 15 du règlement (UE) 2016/679")
                .contains("Les images me concernant captées le 1er mars 2025.").contains("Marie Dupont-Hélène")
                .contains("traitées par la Police municipale de Nice");
        event(r, "SENT", "2025-03-09", "channel", "EMAIL");
        assertThat(text(r, "CNIL_COMPLAINT", me)).contains("article 77 du règlement (UE) 2016/679")
                .contains("Le dimanche 9 mars 2025, j'ai demandé à la Police municipale de Nice")
                .contains("d'intervenir auprès de la Police municipale de Nice")
                .contains("a expiré le mercredi 9 avril 2025 sans que j'aie reçu de réponse");
    }

    @Test
    void usUkAndGermanLettersAreInTheirLanguage() {
        FixedClock.install("2025-12-01");
        int me = LetterTestData.editorIdentity();
        int us = LetterTestData.request(LetterTestData.body("Department of Homeland Security", "75"), "US_FOIA", "FOIA " + me,
                "Contracts for BriefCam software.");
        assertThat(text(us, "REQUEST", me)).contains("5 U.S.C. § 552").contains("Contracts for BriefCam software.")
                .contains("Sincerely,");
        event(us, "SENT", "2025-11-03", "channel", "EMAIL");
        event(us, "ANSWER", "2025-11-20", "outcome", "REFUSED");
        assertThat(text(us, "FOIA_APPEAL", me)).contains("Freedom of Information Act Appeal")
                .contains("adverse determination of Department of Homeland Security").contains("dated November 20, 2025")
                .contains("On November 3, 2025, I requested").contains("which end on February 18, 2026");
        FixedClock.install("2025-06-20");
        int uk = LetterTestData.request(LetterTestData.body("Home Office", "75"), "UK_FOIA", "UK " + me, "Records of BriefCam trials.");
        assertThat(text(uk, "REQUEST", me)).contains("section 1 of the Freedom of Information Act 2000").contains("Yours faithfully,");
        event(uk, "SENT", "2025-05-14", "channel", "EMAIL");
        event(uk, "ANSWER", "2025-06-10", "outcome", "REFUSED");
        assertThat(text(uk, "INTERNAL_REVIEW", me)).contains("internal review").contains("On 10 June 2025, you gave a refusal")
                .contains("section 45").contains("section 50");
        FixedClock.install("2025-03-01");
        int de = LetterTestData.request(LetterTestData.body("Bundesministerium des Innern", "75"), "DE_IFG", "IFG " + me,
                "Verträge über die Software BriefCam.");
        assertThat(text(de, "REQUEST", me)).contains("§ 1 Abs. 1 des Informationsfreiheitsgesetzes").contains("Mit freundlichen Grüßen");
        event(de, "SENT", "2025-01-31", "channel", "EMAIL");
        event(de, "ANSWER", "2025-02-20", "outcome", "REFUSED");
        assertThat(text(de, "WIDERSPRUCH", me)).contains("Widerspruch gegen Ihren Bescheid vom 20. Februar 2025")
                .contains("§ 9 Abs. 4 IFG, §§ 68 ff. VwGO").contains("die am 20. März 2025 endet")
                .contains("Antrag nach dem Informationsfreiheitsgesetz (IFG) vom 31. Januar 2025");
    }

    @Test
    void aMissingFieldIsNamedNeverLeftBlank() {
        FixedClock.install("2025-04-20");
        int association = asEditor().body(Map.of("kind", "ASSOCIATION", "label", "asso", "organisation", "La Quadrature du Net",
                "representedBy", "Jean Martin", "email", "contact@example.org")).post("/api/v1/identities")
                .then().statusCode(201).extract().path("id");
        int r = silentCrpa("Association " + association);
        String letter = text(r, "CADA_REFERRAL", association);
        assertThat(letter).contains("Je soussigné(e) Jean Martin, agissant en qualité de [à compléter : fonction du représentant — identité « asso »] de l'association La Quadrature du Net")
                .contains("dont le siège est situé [à compléter : adresse postale — identité « asso »], [à compléter : code postal — identité « asso »] [à compléter : ville — identité « asso »]");
        assertThat(asEditor().get("/api/v1/identities/" + association).then().extract().jsonPath().getList("missing"))
                .containsExactly("REPRESENTED_AS", "ADDRESS", "POSTAL_CODE", "CITY");
    }
}
