package fr.vigie.request.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Items proposed from the numbered lines of a letter. */
class LetterItemsTest {

    @Test
    void theBriefCamLetterGivesItsEightDocuments() throws IOException {
        String letter;
        try (InputStream in = getClass().getResourceAsStream("/templates/letters/cada-briefcam.txt")) {
            letter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<LetterItems.Proposal> items = LetterItems.propose(letter);
        assertEquals(8, items.size(), items.toString());
        assertEquals("Les bons de commande", items.get(0).label());
        assertTrue(items.get(0).description().endsWith("ainsi que les factures correspondantes"), items.get(0).description());
        assertEquals("Les licences en cours ou passées", items.get(1).label());
        assertEquals("L'analyse d'impact relative à la protection des données (AIPD) réalisée pour ce traitement",
                items.get(2).label());
        assertNull(items.get(2).description());
        assertTrue(items.stream().allMatch(i -> i.label().length() <= LetterItems.LABEL_LENGTH));
    }

    @Test
    void onlyNumberedLinesAreItems() {
        List<LetterItems.Proposal> items = LetterItems.propose("Madame,\n1) le contrat\n  2. la facture ;\nEn 2023, rien.\n3 sans point\n");
        assertEquals(List.of(new LetterItems.Proposal("Le contrat", null), new LetterItems.Proposal("La facture", null)), items);
        assertEquals(List.of(), LetterItems.propose(null));
    }

    @Test
    void aLongLineWithoutClauseIsCutAtAWord() {
        String line = "1. " + "document ".repeat(30).strip();
        LetterItems.Proposal p = LetterItems.propose(line).get(0);
        assertTrue(p.label().endsWith("…") && p.label().length() <= LetterItems.LABEL_LENGTH, p.label());
        assertEquals(line.substring(3), p.description());
    }
}
