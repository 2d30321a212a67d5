package fr.vigie.letter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A PDF line as HTML: escaped, article numbers and hyphenated dates held on one line. */
class PdfTextRunsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "sur le fondement de l'article L911-1 du code | sur le fondement de l&#39;article <span class=\"unbroken\">L911-1</span> du code",
        "(CRPA R*311-12, R311-13)                     | (CRPA <span class=\"unbroken\">R*311-12</span>, <span class=\"unbroken\">R311-13</span>)",
        "articles R343-4 et R343-5                    | articles <span class=\"unbroken\">R343-4</span> et <span class=\"unbroken\">R343-5</span>",
        "le 2025-04-20                                | le <span class=\"unbroken\">2025-04-20</span>",
        // a word with a hyphen and a number inside a word are left alone
        "Aix-les-Bains, Seine-et-Marne, ABC12-3       | Aix-les-Bains, Seine-et-Marne, ABC12-3",
        "<script>alert(1)</script> & \"L1-2\"         | &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<span class=\"unbroken\">L1-2</span>&quot;",
    })
    void referencesAreHeldTogetherAndTheRestIsEscaped(String line, String html) {
        assertThat(PdfTextRuns.unbroken(line).getValue()).isEqualTo(html);
    }
}
