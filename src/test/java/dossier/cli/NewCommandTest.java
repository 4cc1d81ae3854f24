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
    void everyKindsScaffoldPassesCheckOnceItsPlaceholdersAreFilled() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        java.util.Map<String, java.util.Map<String, String>> filled = java.util.Map.of(
                "article", java.util.Map.of("title:", "title: A title", "outlet:", "outlet: daily-news",
                        "published:", "published: 2022-11-01"),
                "outlet", java.util.Map.of("name:", "name: An outlet"),
                "person", java.util.Map.of("name:", "name: A person"),
                "quote", java.util.Map.of("speaker:", "speaker: anna-speaker", "text:", "text: Some words."),
                "event", java.util.Map.of("title:", "title: An event", "date:", "date: 2022-11-01"),
                "topic", java.util.Map.of("title:", "title: A topic"),
                "page", java.util.Map.of("title:", "title: A page"));
        for (var kind : filled.entrySet()) {
            assertThat(dossier.run("new", kind.getKey(), "filled-" + kind.getKey()).status()).isZero();
        }
        try (var files = Files.walk(folder.resolve("content"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("filled-")).toList()) {
                String kind = file.getFileName().toString().replace("filled-", "").replace(".md", "");
                StringBuilder text = new StringBuilder();
                for (String line : Files.readAllLines(file)) {
                    String key = line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
                    text.append(filled.get(kind).getOrDefault(key, line)).append('\n');
                }
                Files.writeString(file, text.toString()
                        .replace("[Dmitry Peskov](person:dmitry-peskov)", "[Anna Speaker](person:anna-speaker)")
                        .replace("[“the quoted words”](quote:QUOTE-ID)", "“the quoted words”"));
            }
        }
        TestDossier.Run check = dossier.run("check");
        assertThat(check.diagnostics()).isEmpty();
        assertThat(check.status()).isZero();
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
