package fr.vigie.publicbody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A body's name in a French sentence: the article of its first word, elided and contracted as French writes it. */
class FrenchArticlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // name                                         | the                                              | à ...                                              | de ...                                              | at a sentence's start
        "Commune de Roubaix                              | la Commune de Roubaix                            | à la Commune de Roubaix                            | de la Commune de Roubaix                            | La Commune de Roubaix",
        "Ministère de l'Intérieur                        | le Ministère de l'Intérieur                      | au Ministère de l'Intérieur                        | du Ministère de l'Intérieur                         | Le Ministère de l'Intérieur",
        "Préfecture de police                            | la Préfecture de police                          | à la Préfecture de police                          | de la Préfecture de police                          | La Préfecture de police",
        "Direction départementale de la sécurité publique – Rhône | la Direction départementale de la sécurité publique – Rhône | à la Direction départementale de la sécurité publique – Rhône | de la Direction départementale de la sécurité publique – Rhône | La Direction départementale de la sécurité publique – Rhône",
        "Service interministériel d'assistance technique | le Service interministériel d'assistance technique | au Service interministériel d'assistance technique | du Service interministériel d'assistance technique | Le Service interministériel d'assistance technique",
        "Commission nationale de l'informatique et des libertés | la Commission nationale de l'informatique et des libertés | à la Commission nationale de l'informatique et des libertés | de la Commission nationale de l'informatique et des libertés | La Commission nationale de l'informatique et des libertés",
        "Communauté de communes Cœur Côte Fleurie        | la Communauté de communes Cœur Côte Fleurie      | à la Communauté de communes Cœur Côte Fleurie      | de la Communauté de communes Cœur Côte Fleurie      | La Communauté de communes Cœur Côte Fleurie",
        // a vowel sound elides: l', de l', à l'; the h of hôpital is silent, the h of haut is not
        "Office français de l'immigration et de l'intégration | l'Office français de l'immigration et de l'intégration | à l'Office français de l'immigration et de l'intégration | de l'Office français de l'immigration et de l'intégration | L'Office français de l'immigration et de l'intégration",
        "Agence nationale des titres sécurisés           | l'Agence nationale des titres sécurisés          | à l'Agence nationale des titres sécurisés          | de l'Agence nationale des titres sécurisés          | L'Agence nationale des titres sécurisés",
        "Établissement public de santé mentale           | l'Établissement public de santé mentale          | à l'Établissement public de santé mentale          | de l'Établissement public de santé mentale          | L'Établissement public de santé mentale",
        "Hôpital Nord                                    | l'Hôpital Nord                                   | à l'Hôpital Nord                                   | de l'Hôpital Nord                                   | L'Hôpital Nord",
        "Haute Autorité de santé                         | la Haute Autorité de santé                       | à la Haute Autorité de santé                       | de la Haute Autorité de santé                       | La Haute Autorité de santé",
        "Haut-Commissariat de la République en Polynésie française | le Haut-Commissariat de la République en Polynésie française | au Haut-Commissariat de la République en Polynésie française | du Haut-Commissariat de la République en Polynésie française | Le Haut-Commissariat de la République en Polynésie française",
        "Services du Premier ministre                    | les Services du Premier ministre                 | aux Services du Premier ministre                   | des Services du Premier ministre                    | Les Services du Premier ministre",
        // a name with its own article keeps it as written; le and les contract
        "Le Havre                                        | Le Havre                                         | au Havre                                           | du Havre                                            | Le Havre",
        "Les Mureaux                                     | Les Mureaux                                      | aux Mureaux                                        | des Mureaux                                         | Les Mureaux",
        "La Poste                                        | La Poste                                         | à La Poste                                         | de La Poste                                         | La Poste",
        "L'Haÿ-les-Roses                                 | L'Haÿ-les-Roses                                  | à L'Haÿ-les-Roses                                  | de L'Haÿ-les-Roses                                  | L'Haÿ-les-Roses",
        // a place or a brand takes no article; de elides before a vowel
        "Roubaix                                         | Roubaix                                          | à Roubaix                                          | de Roubaix                                          | Roubaix",
        "Aix-les-Bains                                   | Aix-les-Bains                                    | à Aix-les-Bains                                    | d'Aix-les-Bains                                     | Aix-les-Bains",
        "DDSP 77                                         | DDSP 77                                          | à DDSP 77                                          | de DDSP 77                                          | DDSP 77",
        // the first word is read in any case, and ends at a space, a comma, a bracket or a dash
        "MAIRIE DE NICE                                  | la MAIRIE DE NICE                                | à la MAIRIE DE NICE                                | de la MAIRIE DE NICE                                | La MAIRIE DE NICE",
        "commune (Isère)                                 | la commune (Isère)                               | à la commune (Isère)                               | de la commune (Isère)                               | La commune (Isère)",
    })
    void aNameInASentence(String name, String the, String to, String of, String atStart) {
        assertThat(FrenchArticles.the(name)).isEqualTo(the);
        assertThat(FrenchArticles.toThe(name)).isEqualTo(to);
        assertThat(FrenchArticles.ofThe(name)).isEqualTo(of);
        assertThat(FrenchArticles.theAtStart(name)).isEqualTo(atStart);
    }
}
