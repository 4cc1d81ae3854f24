package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: commands, options and exit statuses. */
class CommandLineTest {
    @TempDir
    Path folder;

    @Test
    void versionAndHelpExitZero() {
        TestDossier.Run version = TestDossier.Run.of("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("dossier ");
        TestDossier.Run help = TestDossier.Run.of("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("build", "check", "serve", "new");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(TestDossier.Run.of().status()).isEqualTo(2);
        assertThat(TestDossier.Run.of("publish").status()).isEqualTo(2);
        assertThat(TestDossier.Run.of("build", "--frobnicate").status()).isEqualTo(2);
        TestDossier.Run badFormat = TestDossier.Run.of("check", "--format", "xml", "--source", folder.toString());
        assertThat(badFormat.status()).isEqualTo(2);
        TestDossier.Run missing = TestDossier.Run.of("build", "--source", folder.resolve("nowhere").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("is not a folder");
    }

    @Test
    void aFolderWithoutContentIsAContentError() {
        TestDossier.Run run = TestDossier.Run.of("check", "--source", folder.toString());
        assertThat(run.diagnostics()).containsExactly(
                "content:1:1: error: there is no content/ folder here (run the command in a dossier folder, or pass --source DIR)");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void checkValidatesAndWritesNothing() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        TestDossier.Run run = dossier.run("check");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("no errors\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("content");
        }
    }

    @Test
    void checkPrintsGithubAnnotations() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/topics/linked.md --
                ---
                title: Linked
                ---

                As [Ana](person:ana-speaker) said.
                """);
        TestDossier.Run run = dossier.run("check", "--format", "github");
        assertThat(run.err()).isEqualTo("::error file=content/topics/linked.md,line=5,col=4,title=dossier error"
                + "::unknown person 'ana-speaker' (did you mean 'anna-speaker'?)\n");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        assertThat(dossier.run("build").status()).isZero();
        var first = TestDossier.snapshot(dossier.site());
        assertThat(dossier.run("build", "--out", folder.resolve("again").toString()).status()).isZero();
        assertThat(TestDossier.snapshot(folder.resolve("again"))).isEqualTo(first);
    }

    @Test
    void aSuccessfulBuildRemovesPagesThatLostTheirSource() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        assertThat(dossier.run("build").status()).isZero();
        assertThat(dossier.site().resolve("events/summit/index.html")).exists();
        Files.delete(folder.resolve("content/events/summit.yaml"));
        assertThat(dossier.run("build").status()).isZero();
        assertThat(dossier.site().resolve("events/summit")).doesNotExist();
        try (var siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
        }
    }

    @Test
    void baseUrlOptionPublishesUnderASubPath() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        TestDossier.Run run = dossier.run("build", "--base-url", "https://someone.github.io/repo");
        assertThat(run.status()).isZero();
        Document article = Jsoup.parse(dossier.read("articles/daily-ready/index.html"));
        assertThat(article.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://someone.github.io/repo/articles/daily-ready/");
        assertThat(article.select("a[href^=/], link[href^=/], script[src^=/]")).isEmpty();
        Document notFound = Jsoup.parse(dossier.read("404.html"));
        assertThat(notFound.selectFirst("link[rel=stylesheet]").attr("href")).matches("/repo/assets/style\\.[0-9a-f]{10}\\.css");
        assertThat(TestDossier.Run.of("build", "--source", folder.toString(), "--base-url", "ftp://x/").status())
                .isEqualTo(2);
    }

    @Test
    void refusesOutputFoldersThatAreNotASite() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        for (Path out : new Path[] {folder, folder.resolve("content"), folder.resolve("content/people"),
                folder.getParent(), Path.of("/"), Path.of(System.getProperty("user.home"))}) {
            TestDossier.Run run = dossier.run("build", "--out", out.toString());
            assertThat(run.status()).as(out.toString()).isEqualTo(2);
            assertThat(run.err()).contains("--out");
        }
        assertThat(folder.resolve("content/people/anna-speaker.md")).exists();
    }

    @Test
    void draftsArePublishedOnlyWhenAskedFor() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/topics/later.md --
                ---
                title: Later
                draft: true
                ---
                """);
        assertThat(dossier.run("build").status()).isZero();
        assertThat(dossier.site().resolve("topics/later")).doesNotExist();
        assertThat(dossier.run("build", "--drafts").status()).isZero();
        assertThat(dossier.site().resolve("topics/later/index.html")).exists();
        dossier.with("""
                -- content/pages/about.md --
                ---
                title: About
                ---

                See [later](topic:later).
                """);
        assertThat(dossier.run("build").diagnostics()).containsExactly(
                "content/pages/about.md:5:5: error: the topic 'later' is a draft (publish it (remove 'draft: true'), or build with --drafts)");
    }

    @Test
    void aDossiersOwnTemplatesOverrideTheThemeAndTheirErrorsNameTheTemplateLine() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- templates/topic.html --
                <!DOCTYPE html>
                <html th:replace="~{layout :: page(${page.meta}, ~{::main})}">
                <main id="page-main"><h1 th:text="${page.title}">T</h1><p class="own">Own theme</p></main>
                </html>
                """);
        assertThat(dossier.run("build").status()).isZero();
        assertThat(dossier.read("topics/talks/index.html")).contains("<p class=\"own\">Own theme</p>");

        dossier.with("""
                -- templates/topic.html --
                <!DOCTYPE html>
                <p th:text="${page.titel}">T</p>
                """);
        TestDossier.Run run = dossier.run("build");
        assertThat(run.diagnostics()).containsExactly("templates/topic.html:2:4: error: template error: "
                + "the page model TopicPage has no property 'titel' (templates are code: check the expression at this line of topic)");
        assertThat(run.status()).isEqualTo(1);
    }
}
