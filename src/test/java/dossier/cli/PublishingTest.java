package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What publishing needs beyond the pages: history from git, a custom domain. */
class PublishingTest {
    @TempDir
    Path folder;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString(),
                "-c", "user.name=Test Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    @Test
    void pagesShowTheirLastChangeAndHistoryFromOneGitLog() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "Add the basic dossier", "--date", "2022-11-01T12:00:00+00:00");
        dossier.with("""
                -- content/topics/talks.md --
                ---
                title: Talks
                ---

                Whether and when the two sides would talk, and where.
                """);
        git("commit", "-q", "-a", "-m", "Say where the talks were held", "--date", "2022-11-05T09:00:00+00:00");

        assertThat(dossier.run("build").status()).isZero();

        Document topic = Jsoup.parse(dossier.read("topics/talks/index.html"));
        assertThat(topic.select(".history li").eachText()).hasSize(2).first().asString()
                .startsWith("5 November 2022: Say where the talks were held");
        assertThat(topic.select(".history li a").first().attr("href"))
                .startsWith("https://github.com/example/test-dossier/commit/");
        Document person = Jsoup.parse(dossier.read("people/anna-speaker/index.html"));
        assertThat(person.select(".site-footer time").first().text()).isEqualTo("1 November 2022");
        assertThat(person.select(".history li")).hasSize(1);
    }

    @Test
    void withoutGitPagesOmitTheHistory() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        assertThat(dossier.run("build").status()).isZero();
        assertThat(Jsoup.parse(dossier.read("topics/talks/index.html")).select(".history")).isEmpty();
    }

    @Test
    void aCustomDomainIsWrittenToCname() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        dossier.with("""
                -- content/dossier.yaml --
                title: Test dossier
                base_url: https://dossier.example.org/
                cname: dossier.example.org
                """);
        assertThat(dossier.run("build").status()).isZero();
        assertThat(dossier.read("CNAME")).isEqualTo("dossier.example.org\n");
        dossier.with("""
                -- content/dossier.yaml --
                title: Test dossier
                cname: https://dossier.example.org/
                """);
        assertThat(dossier.run("check").diagnostics()).containsExactly("content/dossier.yaml:2:8: error: "
                + "'https://dossier.example.org/' is not a domain name (write the bare domain, such as dossier.example.org, without https:// or a path)");
    }
}
