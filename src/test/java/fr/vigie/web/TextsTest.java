package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nîmes|nimes",
            "  COMMUNE   de  Nîmes |commune de nimes",
            "Cœur Côte Fleurie|coeur cote fleurie",
            "Préfecture des Bouches-du-Rhône|prefecture des bouches-du-rhone",
            "Grand’Place|grand'place" })
    void foldIgnoresCaseAccentsLigaturesAndSpacing(String text, String folded) {
        assertThat(Texts.fold(text)).isEqualTo(folded);
    }

    @Test
    void searchQueriesAreWordsWithoutPunctuation() {
        assertThat(Texts.searchable("Commune de Vaulx-en-Velin (69)")).isEqualTo("commune de vaulx en velin 69");
        assertThat(Texts.words("  l'Île   d'Yeu ", 8)).containsExactly("l", "ile", "d", "yeu");
        assertThat(Texts.words("100% _wild_ \\", 8)).containsExactly("100", "wild");
        assertThat(Texts.words("a b c d e f g h i j", 3)).isEqualTo(List.of("a", "b", "c"));
        assertThat(Texts.words("  ", 8)).isEmpty();
    }
}
