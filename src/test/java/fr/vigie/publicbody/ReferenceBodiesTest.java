package fr.vigie.publicbody;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.vigie.web.Msg;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Loading the reference set again on a directory loaded from its earlier edition: the bodies whose names changed are
 * matched, not doubled; empty fields are completed, values still as the earlier edition wrote them are brought up to
 * date, notes are added, a user's edit is kept, and the report says which is which.
 */
@QuarkusTest
class ReferenceBodiesTest {

    @Inject
    ReferenceBodies reference;

    @Inject
    PublicBodyService bodies;

    private static final Msg MSG = MessageBundles.get(Msg.class, Localized.Literal.of("fr"));

    private static BodyInput line(String name, String shortName, String kind, String dep, String address, String email,
            String prada, String website, String notes) {
        return new BodyInput(name, shortName, kind, dep, address, email, prada, website, null, notes, false);
    }

    private static PublicBody body(long id) {
        return QuarkusTransaction.requiringNew().call(() -> PublicBody.<PublicBody>findById(id));
    }

    @Test
    void aSecondLoadMatchesRenamedBodiesCompletesThemAndKeepsUserEdits() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<BodyInput> earlier = List.of(
                line("Direction nationale " + run + " (successor of the DC" + run + " since 1 July 2023)", "DN" + run,
                        "DIRECTORATE", "", "1 rue Nationale, 75008 Paris", "", "", "", ""),
                line("Préfecture " + run, "PP" + run, "PREFECTURE", "75", "", "", "PRADA " + run + " (through the contact form)",
                        "https://old.example/" + run, ""),
                line("Commune " + run, "C" + run, "COMMUNE", "56", "", "", "", "", ""));
        List<BodyInput> current = List.of(
                line("Direction nationale " + run, "DN" + run, "DIRECTORATE", "", "1 rue Nationale, 75008 Paris", "", "", "",
                        "Succède à la DC" + run + " depuis le 1er juillet 2023."),
                line("Préfecture " + run, "PP" + run, "PREFECTURE", "75", "", "", "PRADA " + run,
                        "https://www.example/" + run, "La PRADA se contacte par le formulaire du site."),
                line("Commune " + run, "C" + run, "COMMUNE", "56", "Place de la Mairie, 56000 Vannes", "mairie@" + run + ".test",
                        "", "", "Commune de moins de 10 000 habitants."));
        ReferenceBodies.Loaded first = reference.load(MSG, earlier, List.of());
        assertThat(first.created()).isEqualTo(3);
        long directorate = first.ids().get(0);
        long prefecture = first.ids().get(1);
        long commune = first.ids().get(2);
        // a user edits the préfecture's website and writes a note on the commune
        PublicBody pp = body(prefecture);
        bodies.update(MSG, prefecture, new BodyInput(pp.name, pp.shortName, pp.kind.name(), pp.departement, pp.postalAddress,
                pp.email, pp.prada, "https://edited.example/" + run, "", pp.notes, pp.addressChecked), null);
        PublicBody c = body(commune);
        bodies.update(MSG, commune, new BodyInput(c.name, c.shortName, c.kind.name(), c.departement, c.postalAddress, c.email,
                c.prada, c.website, "", "Appeler le service juridique.", c.addressChecked), null);
        long before = QuarkusTransaction.requiringNew().call(() -> PublicBody.count());

        ReferenceBodies.Loaded second = reference.load(MSG, current, earlier);

        assertThat(second.ids()).containsExactly(directorate, prefecture, commune);
        assertThat(second.created()).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicBody.count())).isEqualTo(before);
        PublicBody dn = body(directorate);
        assertThat(dn.name).isEqualTo("Direction nationale " + run);
        assertThat(dn.notes).isEqualTo("Succède à la DC" + run + " depuis le 1er juillet 2023.");
        pp = body(prefecture);
        assertThat(pp.prada).isEqualTo("PRADA " + run);
        assertThat(pp.website).isEqualTo("https://edited.example/" + run);
        assertThat(pp.notes).isEqualTo("La PRADA se contacte par le formulaire du site.");
        c = body(commune);
        assertThat(c.postalAddress).isEqualTo("Place de la Mairie, 56000 Vannes");
        assertThat(c.email).isEqualTo("mairie@" + run + ".test");
        assertThat(c.notes).isEqualTo("Appeler le service juridique.\n\nCommune de moins de 10 000 habitants.");
        assertThat(second.changed()).extracting(ch -> ch.bodyId() + ":" + ch.field()).containsExactlyInAnyOrder(
                directorate + ":name", directorate + ":notes", prefecture + ":prada", prefecture + ":notes",
                commune + ":postalAddress", commune + ":email", commune + ":notes");
        assertThat(second.kept()).singleElement().satisfies(k -> {
            assertThat(k.bodyId()).isEqualTo(prefecture);
            assertThat(k.field()).isEqualTo("website");
            assertThat(k.before()).isEqualTo("https://edited.example/" + run);
            assertThat(k.after()).isEqualTo("https://www.example/" + run);
        });

        // once more: nothing left to change, the user's edit still reported
        ReferenceBodies.Loaded third = reference.load(MSG, current, earlier);
        assertThat(third.changed()).isEmpty();
        assertThat(third.kept()).hasSize(1);
        assertThat(third.ids()).containsExactly(directorate, prefecture, commune);
    }

    @Test
    void theShippedEditionsDifferByTheSevenBodiesRenamedOrCorrected() throws IOException {
        List<BodyInput> earlier = read(ReferenceBodies.EARLIER);
        List<BodyInput> current = read(ReferenceBodies.CURRENT);
        assertThat(current).hasSameSizeAs(earlier).hasSize(28);
        long differing = 0;
        for (int i = 0; i < current.size(); i++) {
            BodyInput now = current.get(i);
            BodyInput then = earlier.get(i);
            assertThat(now.shortName()).isEqualTo(then.shortName());
            if (!now.name().equals(then.name()) || !now.prada().equals(then.prada())) {
                differing++;
            }
            assertThat(now.name()).doesNotContain("(successor", "(since", "(now");
        }
        assertThat(differing).isEqualTo(7);
    }

    private static List<BodyInput> read(String resource) throws IOException {
        try (InputStream in = ReferenceBodiesTest.class.getResourceAsStream(resource)) {
            return BodyCsv.parse(MSG, in.readAllBytes()).rows().stream().map(BodyCsv.Row::input).toList();
        }
    }
}
