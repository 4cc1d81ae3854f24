package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content and templates from strangers: links out of the dossier, bytes that are not text,
 * YAML built to exhaust memory, and many faults at once. Each leaves the last site as it was.
 */
class UntrustedInputTest {
    @TempDir
    Path folder;

    private TestDossier builtOnce() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        assertThat(dossier.run("build").status()).isZero();
        return dossier;
    }

    private void assertRefused(TestDossier dossier, Map<String, byte[]> before, String... diagnostics) {
        TestDossier.Run run = dossier.run("build");
        assertThat(run.diagnostics()).containsExactly(diagnostics);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(TestDossier.snapshot(dossier.site())).isEqualTo(before);
    }

    @Test
    void aLinkInTemplatesToAFileOutsideIsRefused() throws Exception {
        TestDossier dossier = builtOnce();
        var before = TestDossier.snapshot(dossier.site());
        Path secret = folder.getParent().resolve(folder.getFileName() + "-secret.html");
        Files.writeString(secret, "<p th:text=\"${page.title}\">secret</p>");
        Files.createDirectories(folder.resolve("templates"));
        Files.createSymbolicLink(folder.resolve("templates/topic.html"), secret);
        assertRefused(dossier, before,
                "templates/topic.html:1:1: error: symbolic links are not allowed in templates/ (replace the link with the file itself)");
    }

    @Test
    void aLinkedContentFolderIsRefused() throws Exception {
        TestDossier dossier = builtOnce();
        var before = TestDossier.snapshot(dossier.site());
        Path elsewhere = Files.createDirectories(folder.getParent().resolve(folder.getFileName() + "-elsewhere"));
        Files.writeString(elsewhere.resolve("x.md"), "---\ntitle: X\n---\n");
        Files.createSymbolicLink(folder.resolve("content/pages/linked"), elsewhere);
        assertRefused(dossier, before,
                "content/pages/linked:1:1: error: symbolic links are not allowed in content/ (replace the link with the file itself)");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLine() throws Exception {
        TestDossier dossier = builtOnce();
        var before = TestDossier.snapshot(dossier.site());
        Files.write(folder.resolve("content/topics/latin1.md"),
                "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(dossier, before,
                "content/topics/latin1.md:2:11: error: the file is not valid UTF-8 (save it as UTF-8 in your editor)");
    }

    @Test
    void byteOrderMarkAndMixedLineEndingsKeepPositionsRight() throws Exception {
        TestDossier dossier = builtOnce();
        var before = TestDossier.snapshot(dossier.site());
        Files.write(folder.resolve("content/topics/windows.md"),
                "\uFEFF---\r\ntitle: Windows\r\n---\r\n\rFirst.\r\n\nSee [x](person:nobody).\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(dossier, before,
                "content/topics/windows.md:7:5: error: unknown person 'nobody' (create content/people/nobody.md, or check the spelling)");
    }

    @Test
    void anAliasBombIsRefusedAtOnce() throws Exception {
        TestDossier dossier = builtOnce();
        var before = TestDossier.snapshot(dossier.site());
        StringBuilder bomb = new StringBuilder("name: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'k'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
        }
        Files.writeString(folder.resolve("content/people/bomb.yaml"), bomb);
        long started = System.nanoTime();
        TestDossier.Run run = dossier.run("build");
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).isLessThan(30);
        assertThat(run.diagnostics()).containsExactly(
                "content/people/bomb.yaml:2:4: error: YAML anchors ('&a') are not allowed (remove the anchor and write each value out in full)",
                "content/people/bomb.yaml:3:8: error: YAML aliases ('*a') are not allowed (write the value out in full)");
        assertThat(run.status()).isEqualTo(1);
        assertThat(TestDossier.snapshot(dossier.site())).isEqualTo(before);
    }

    @Test
    void overlongMetadataIsRefusedBeforeItIsParsed() throws Exception {
        TestDossier dossier = builtOnce();
        var before = TestDossier.snapshot(dossier.site());
        Files.writeString(folder.resolve("content/topics/long.yaml"), "title: \"" + "x".repeat(1_100_000) + "\"\n");
        TestDossier.Run run = dossier.run("build");
        assertThat(run.diagnostics()).hasSize(1).first().asString().startsWith("content/topics/long.yaml:1:")
                .contains("metadata is limited to 1048576 characters");
        assertThat(TestDossier.snapshot(dossier.site())).isEqualTo(before);
    }

    @Test
    void twentyFaultsInTwentyFilesAreReportedTogetherInAStableOrder() {
        TestDossier dossier = builtOnce();
        var before = TestDossier.snapshot(dossier.site());
        StringBuilder files = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = String.format("fault-%02d", i);
            switch (i % 4) {
                case 0 -> {
                    files.append("-- content/topics/").append(id).append(".md --\n---\ntitle: T\n---\n\n[x](person:nobody").append(i).append(")\n");
                    expected.add("content/topics/" + id + ".md:5:1: error: unknown person 'nobody" + i
                            + "' (create content/people/nobody" + i + ".md, or check the spelling)");
                }
                case 1 -> {
                    files.append("-- content/events/").append(id).append(".yaml --\ntitle: E\ndate: 2022-02-3").append(i % 10).append('\n');
                    expected.add("content/events/" + id + ".yaml:2:7: error: '2022-02-3" + (i % 10)
                            + "' is not a real date (check the month and day)");
                }
                case 2 -> {
                    files.append("-- content/people/").append(id).append(".yaml --\nname: P\nrole: x\n");
                    expected.add("content/people/" + id + ".yaml:2:1: error: unknown field 'role' in a person (did you mean 'roles'?)");
                }
                default -> {
                    files.append("-- content/pages/").append(id).append(".md --\n---\ntitle: P\n---\n\nA note.[^").append(i).append("]\n");
                    expected.add("content/pages/" + id + ".md:5:8: error: the note [^" + i
                            + "] is never defined (add a line '[^" + i + "]: your note' at the end of the file)");
                }
            }
        }
        dossier.with(files.toString());
        TestDossier.Run first = dossier.run("build");
        assertThat(first.diagnostics()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(first.diagnostics()).isSortedAccordingTo(String::compareTo);
        assertThat(first.err()).endsWith("20 errors, 0 warnings\nbuild failed; site was left as it was\n");
        assertThat(dossier.run("build").err()).isEqualTo(first.err());
        assertThat(TestDossier.snapshot(dossier.site())).isEqualTo(before);
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateAndLine() {
        TestDossier dossier = builtOnce();
        var before = TestDossier.snapshot(dossier.site());
        dossier.with("""
                -- templates/topic.html --
                <!DOCTYPE html>
                <html>
                <p th:text="${page.title">unclosed</p>
                </html>
                """);
        TestDossier.Run run = dossier.run("build");
        assertThat(run.diagnostics()).hasSize(1).first().asString().startsWith("templates/topic.html:3:");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.status()).isEqualTo(1);
        assertThat(TestDossier.snapshot(dossier.site())).isEqualTo(before);
    }
}
