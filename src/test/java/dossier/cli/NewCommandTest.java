package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier new KIND ID}: scaffolds that check accepts once filled, and refusals. */
class NewCommandTest {
    @TempDir
    Path folder;

    @Test
    void scaffoldsAPersonThatCheckAcceptsOnceFilled() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        TestDossier.Run created = dossier.run("new", "person", "maria-new");
        assertThat(created.status()).isZero();
        Path file = folder.resolve("content/people/maria-new.md");
        assertThat(file).exists();

        assertThat(dossier.run("check").diagnostics())
                .containsExactly("content/people/maria-new.md:2:1: error: the field 'name' is empty (give a person a name)");

        Files.writeString(file, Files.readString(file).replace("name: ", "name: Maria New"));
        assertThat(dossier.run("check").status()).isZero();
    }

    @Test
    void everyKindHasAScaffoldThatCheckReadsWithoutUnknownFields() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        for (String kind : new String[] {"article", "outlet", "person", "quote", "event", "topic", "page"}) {
            assertThat(dossier.run("new", kind, "new-" + kind).status()).as(kind).isZero();
        }
        assertThat(dossier.run("check").diagnostics())
                .allSatisfy(line -> assertThat(line).doesNotContain("unknown field").contains("/new-"))
                .isNotEmpty();
    }

    @Test
    void refusesAnExistingIdABadIdAndAnUnknownKind() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        TestDossier.Run existing = dossier.run("new", "person", "anna-speaker");
        assertThat(existing.status()).isEqualTo(2);
        assertThat(existing.err()).contains("content/people/anna-speaker.md already exists");
        TestDossier.Run badId = dossier.run("new", "person", "Anna Speaker");
        assertThat(badId.status()).isEqualTo(2);
        assertThat(badId.err()).contains("'Anna Speaker' is not a valid id");
        TestDossier.Run badKind = dossier.run("new", "persons", "x");
        assertThat(badKind.status()).isEqualTo(2);
        assertThat(badKind.err()).contains("unknown kind 'persons'");
    }
}
