package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import dossier.render.RenderedSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's repeated builds reuse the pages a change does not touch, and the site they give is
 * always the one a fresh build gives, byte for byte.
 */
class IncrementalBuildTest {
    @TempDir
    Path folder;

    private final Pipeline incremental = Pipeline.incremental();

    private RenderedSite build(Pipeline pipeline) {
        RenderedSite.Collector site = new RenderedSite.Collector();
        Pipeline.Result result = pipeline.run(new Pipeline.Options(folder, Optional.of("http://127.0.0.1:8000/"), true), site);
        assertThat(result.failed()).as(result.diagnostics().toString()).isFalse();
        return site.site();
    }

    /** Rebuilds incrementally and from nothing, and holds the two sites equal. */
    private RenderedSite rebuildAndCompare() {
        RenderedSite rebuilt = build(incremental);
        RenderedSite fresh = build(new Pipeline());
        assertThat(text(rebuilt)).isEqualTo(text(fresh));
        return rebuilt;
    }

    private static Map<String, String> text(RenderedSite site) {
        Map<String, String> files = new TreeMap<>();
        site.files().forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    private static int pages(RenderedSite site) {
        return site.files().keySet().stream().filter(path -> path.endsWith(".html")).mapToInt(path -> 1).sum();
    }

    @Test
    void aChangedBodyRendersOnlyThePagesItTouches() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        RenderedSite first = build(incremental);
        assertThat(incremental.pagesReused()).isZero();

        build(incremental);
        assertThat(incremental.pagesReused()).as("nothing changed").isEqualTo(pages(first));

        dossier.with("""
                -- content/articles/farm-copy.md --
                ---
                title: "Ministry: ready to negotiate"
                outlet: farm-site
                published: 2022-10-31
                language: en
                translation: machine
                translated_from: es
                via: [article:daily-ready]
                ---

                The spokeswoman said: "[We are ready](quote:anna-ready)," and added: "[to negotiations in any
                time.](quote:anna-ready)" A new sentence.
                [Boris Other](person:boris-other) did not comment.
                """);
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(text(rebuilt).get("articles/farm-copy/index.html")).contains("A new sentence.");
        // The article's page and the pages that quote its sentences change; the rest do not.
        assertThat(incremental.pagesReused()).isGreaterThan(pages(rebuilt) / 2).isLessThan(pages(rebuilt));
    }

    @Test
    void aNewTitleReachesEveryPageThatNamesIt() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        build(incremental);
        dossier.with("""
                -- content/people/boris-other.yaml --
                name: Boris Renamed
                """);
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(text(rebuilt).get("people/boris-other/index.html")).contains("<h1>Boris Renamed</h1>");
        assertThat(text(rebuilt).get("people/index.html")).contains("Boris Renamed");
    }

    @Test
    void aRemovedOrAddedFileIsSeen() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        build(incremental);
        Files.delete(folder.resolve("content/articles/farm-copy.md"));
        dossier.with("""
                -- content/people/clara-new.yaml --
                name: Clara New
                """);
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(rebuilt.files()).doesNotContainKey("articles/farm-copy/index.html")
                .containsKey("people/clara-new/index.html");
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        build(incremental);
        dossier.with("""
                -- templates/page.html --
                <!DOCTYPE html>
                <html lang="en"><head><title th:text="${page.title}">x</title></head>
                <body><h1 th:text="${page.title}">x</h1></body></html>
                """);
        incremental.forgetPages();
        RenderedSite rebuilt = rebuildAndCompare();
        assertThat(incremental.pagesReused()).isZero();
        assertThat(text(rebuilt).get("about/index.html")).contains("<body><h1>About</h1></body>");
    }
}
