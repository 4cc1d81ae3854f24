package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import dossier.render.PageLinks;
import dossier.render.RecordingOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link check works from the links and ids recorded while each page is rendered, not from
 * parsing the written pages. These tests hold the two to be the same, and show that a broken
 * link in a body or in a template is still found.
 */
class RecordedLinksTest {
    @TempDir
    Path folder;

    private static PageLinks parsed(byte[] html) {
        Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        List<String> links = document.select("a[href], link[href], script[src], img[src]").stream()
                .map(element -> element.hasAttr("href") ? element.attr("href") : element.attr("src"))
                .toList();
        return new PageLinks(links, document.select("[id]").stream().map(Element::id).toList());
    }

    @Test
    void theLinksRecordedWhileRenderingAreThoseOfTheWrittenPages() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/pages/raw.md --
                ---
                title: Raw HTML
                ---
                A <a href="../about/?a=1&amp;b=2#top" id="top&#45;x">raw link</a> and
                <img src="../about/x.png" alt="x"> and [a typed one](article:daily-ready#p1).
                """);
        RecordingOutput output = new RecordingOutput();
        Pipeline.Result result = new Pipeline().run(new Pipeline.Options(dossier.folder(), Optional.empty(), false), output);

        assertThat(output.recorded()).hasSizeGreaterThan(20);
        output.recorded().forEach((path, links) -> assertThat(links).as(path).isEqualTo(parsed(output.read(path))));
        assertThat(output.recorded().get("raw/index.html").links()).contains("../about/?a=1&b=2#top", "../about/x.png");
        assertThat(output.recorded().get("raw/index.html").ids()).contains("top-x");
        // The source graph is written as drawn, its links and ids handed over with it.
        assertThat(output.recorded().get("sources/index.html").ids()).contains("source-graph-title", "arrow");
        assertThat(output.recorded().get("sources/index.html").links()).contains("../outlets/daily-news/", "../outlets/wire-agency/");
        // The image is missing: the check finds it from the recorded links alone.
        assertThat(result.diagnostics()).extracting(Object::toString)
                .anyMatch(d -> d.contains("site/raw/index.html") && d.contains("'../about/x.png' leads to no page"));
    }

    @Test
    void aBrokenLinkInABodyOrATemplateFailsTheBuild() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                See [the archive](../archive/).
                """);
        TestDossier.Run body = dossier.run("build");
        assertThat(body.status()).isEqualTo(1);
        assertThat(body.diagnostics()).anyMatch(line -> line.startsWith("site/about/index.html:")
                && line.contains("the link '../archive/' leads to no page of the site"));

        TestDossier.Run template = dossier.with("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                Nothing to see.
                -- templates/page.html --
                <!DOCTYPE html>
                <html lang="en"><head><title>x</title></head>
                <body><a href="../missing/#here">gone</a><p id="here">x</p></body></html>
                """).run("build");
        assertThat(template.status()).isEqualTo(1);
        assertThat(template.diagnostics()).anyMatch(line -> line.startsWith("site/about/index.html:")
                && line.contains("the link '../missing/#here' leads to no page of the site"));
    }

    /** check writes no page, unless it needs one to say where a broken link stands; then it says the same as build. */
    @Test
    void checkLocatesABrokenLinkAsBuildDoes() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                First line.

                See [the archive](../archive/) and [the other](../other/#x).
                """);
        TestDossier.Run build = dossier.run("build");
        TestDossier.Run check = dossier.run("check");
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.diagnostics()).isEqualTo(build.diagnostics()).anyMatch(line -> line.matches(
                "site/about/index\\.html:\\d+:\\d+: error: the link '\\.\\./archive/' leads to no page of the site.*"));
    }
}
