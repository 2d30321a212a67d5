package fr.vigie.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.vigie.publicbody.PublicBody;

/** The merge fields of a campaign's letter, filled for one body. */
class LetterTemplateTest {

    @Test
    void theFieldsWithTheArticleWriteTheNameAsFrenchSentencesNeedIt() {
        PublicBody ministry = body("Ministère de l'Intérieur", "MI");
        String letter = LetterTemplate.render("Objet : demande adressée {{a_l_organisme}} ({{sigle}}).\n"
                + "Je demande les documents détenus par {{l_organisme}}, et la liste des marchés {{de_l_organisme}}.", ministry,
                "Marie Dupont");
        assertThat(letter).isEqualTo("Objet : demande adressée au Ministère de l'Intérieur (MI).\n"
                + "Je demande les documents détenus par le Ministère de l'Intérieur, et la liste des marchés du Ministère de l'Intérieur.");
        assertThat(LetterTemplate.render("{{a_l_organisme}} / {{de_l_organisme}} / {{organisme}}", body("Commune d'Aix-les-Bains", null),
                null)).isEqualTo("à la Commune d'Aix-les-Bains / de la Commune d'Aix-les-Bains / Commune d'Aix-les-Bains");
    }

    @Test
    void anUnknownFieldIsLeftAsTyped() {
        assertThat(LetterTemplate.render("{{organisme}} {{l_organism}} {{ adresse }}", body("Commune de Vannes", null), null))
                .isEqualTo("Commune de Vannes {{l_organism}} ");
    }

    private static PublicBody body(String name, String shortName) {
        PublicBody b = new PublicBody();
        b.name = name;
        b.shortName = shortName;
        return b;
    }
}
