package fr.vigie.request.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.deadline.Regime;

/** The grounds table: every regime has its list, every ground its article (in the regime's own way of citing it). */
class LegalGroundTest {

    /** How each regime cites its articles, and the articles its list must hold at least (the list). */
    static Stream<Arguments> regimes() {
        return Stream.of(
                Arguments.of(Regime.FR_CRPA, Pattern.compile("L311-[256]( [0-9]°( [a-h])?)? CRPA"),
                        List.of("L311-5 1° CRPA", "L311-5 2° a CRPA", "L311-5 2° b CRPA", "L311-5 2° c CRPA", "L311-5 2° d CRPA",
                                "L311-5 2° e CRPA", "L311-5 2° f CRPA", "L311-5 2° g CRPA", "L311-5 2° h CRPA", "L311-6 1° CRPA",
                                "L311-6 2° CRPA", "L311-6 3° CRPA", "L311-2 CRPA")),
                Arguments.of(Regime.FR_GDPR, Pattern.compile("art\\. (1[25]\\([0-9]\\)|23\\(1\\)\\([a-j]\\)) RGPD|art\\. 1[01][0-9] loi n° 78-17"),
                        List.of("art. 15(4) RGPD", "art. 23(1)(c) RGPD", "art. 23(1)(d) RGPD", "art. 118 loi n° 78-17")),
                Arguments.of(Regime.US_FOIA, Pattern.compile("5 U\\.S\\.C\\. 552\\(b\\)\\([1-9]\\)"),
                        List.of("5 U.S.C. 552(b)(1)", "5 U.S.C. 552(b)(2)", "5 U.S.C. 552(b)(3)", "5 U.S.C. 552(b)(4)",
                                "5 U.S.C. 552(b)(5)", "5 U.S.C. 552(b)(6)", "5 U.S.C. 552(b)(7)", "5 U.S.C. 552(b)(8)",
                                "5 U.S.C. 552(b)(9)")),
                Arguments.of(Regime.UK_FOIA, Pattern.compile("FOIA 2000 s\\.(1[24]|2[1-9]A?|3[0-9]|4[0-4])"),
                        List.of("FOIA 2000 s.12", "FOIA 2000 s.21", "FOIA 2000 s.22", "FOIA 2000 s.23", "FOIA 2000 s.24",
                                "FOIA 2000 s.26", "FOIA 2000 s.27", "FOIA 2000 s.28", "FOIA 2000 s.29", "FOIA 2000 s.30",
                                "FOIA 2000 s.31", "FOIA 2000 s.32", "FOIA 2000 s.33", "FOIA 2000 s.34", "FOIA 2000 s.35",
                                "FOIA 2000 s.36", "FOIA 2000 s.37", "FOIA 2000 s.38", "FOIA 2000 s.39", "FOIA 2000 s.40",
                                "FOIA 2000 s.41", "FOIA 2000 s.42", "FOIA 2000 s.43", "FOIA 2000 s.44")),
                Arguments.of(Regime.DE_IFG, Pattern.compile("§ [3-6]( Nr\\. [1-8]| Satz [12])? IFG"),
                        List.of("§ 3 Nr. 1 IFG", "§ 3 Nr. 2 IFG", "§ 3 Nr. 4 IFG", "§ 4 IFG", "§ 5 IFG", "§ 6 Satz 1 IFG",
                                "§ 6 Satz 2 IFG")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regimes")
    void everyGroundOfTheRegimeCitesItsArticle(Regime regime, Pattern citation, List<String> required) {
        List<LegalGround> grounds = LegalGround.of(regime);
        assertFalse(grounds.isEmpty(), regime + " has no grounds");
        for (LegalGround g : grounds) {
            assertTrue(citation.matcher(g.article()).matches(), g + " cites " + g.article());
            assertFalse(g.label().fr().isBlank(), g + " has no French label");
            assertFalse(g.label().en().isBlank(), g + " has no English label");
        }
        List<String> articles = grounds.stream().map(LegalGround::article).toList();
        for (String article : required) {
            assertTrue(articles.contains(article), regime + " lacks " + article);
        }
    }

    @ParameterizedTest
    @EnumSource(Regime.class)
    void everyRegimeHasItsList(Regime regime) {
        assertTrue(LegalGround.of(regime).size() >= 7, regime + ": " + LegalGround.of(regime));
        assertTrue(LegalGround.of(regime).stream().allMatch(g -> g.regime() == regime));
    }

    @Test
    void everyGroundBelongsToOneListAndLabelsAreDistinctWithinARegime() {
        int total = 0;
        for (Regime regime : Regime.values()) {
            List<LegalGround> grounds = LegalGround.of(regime);
            total += grounds.size();
            assertEquals(grounds.size(), grounds.stream().map(g -> g.label().fr()).distinct().count(), regime + " repeats a label");
        }
        assertEquals(LegalGround.values().length, total);
    }

    @Test
    void aGroundIsCitedWithItsArticleThenItsLabel() {
        assertEquals("L311-5 2° d CRPA — sûreté de l'État, sécurité publique, sécurité des personnes ou sécurité des systèmes"
                + " d'information", LegalGround.CRPA_L311_5_2_D.cited(Locale.FRENCH));
        assertEquals("5 U.S.C. 552(b)(5) — privileged inter- or intra-agency communications", LegalGround.US_B5.cited(Locale.ENGLISH));
    }
}
