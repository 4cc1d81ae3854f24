package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An element marked dossier:same-for is rendered once a build for each value, and written as made. */
class RepeatedMarkupTest {
    @TempDir
    Path dossier;

    private TemplateRenderer renderer() throws Exception {
        Files.createDirectories(dossier.resolve("templates"));
        Files.writeString(dossier.resolve("templates/same.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><title th:text="${page.title}">t</title></head>
                <body>
                <nav dossier:same-for="${page.section}"><a th:href="${page.section + '/'}" th:text="${page.title}">x</a></nav>
                <th:block dossier:same-for="${page.section}"><p id="one">One</p> <p th:text="${page.title}">t</p></th:block>
                <main><a th:href="${page.title + '/'}" th:text="${page.title}">x</a></main>
                </body></html>
                """);
        return new TemplateRenderer(new Theme(dossier));
    }

    private static String html(TemplateRenderer.Page page) {
        return new String(page.html(), StandardCharsets.UTF_8);
    }

    @Test
    void writesAnElementAsMadeWhereItsValueIsTheSame() throws Exception {
        TemplateRenderer.Build build = renderer().newBuild();
        Diagnostics diagnostics = new Diagnostics();
        TemplateRenderer.Page first = build.render("same", Map.of("title", "A", "section", "s"), diagnostics).orElseThrow();
        TemplateRenderer.Page second = build.render("same", Map.of("title", "B", "section", "s"), diagnostics).orElseThrow();
        TemplateRenderer.Page other = build.render("same", Map.of("title", "C", "section", "t"), diagnostics).orElseThrow();

        assertThat(html(first)).contains("<nav><a href=\"s/\">A</a></nav>", "<p id=\"one\">One</p> <p>A</p>",
                "<main><a href=\"A/\">A</a></main>").doesNotContain("dossier", "same-for", "<!--");
        // The value was the same, so the element is as the first page made it: the value must
        // tell apart all it shows, which this one's does not.
        assertThat(html(second)).contains("<nav><a href=\"s/\">A</a></nav>", "<p id=\"one\">One</p> <p>A</p>",
                "<main><a href=\"B/\">B</a></main>");
        assertThat(html(other)).contains("<nav><a href=\"t/\">C</a></nav>", "<p>C</p>");
        // The link check sees the element's links and ids on every page, in document order.
        assertThat(second.links().links()).containsExactly("s/", "B/");
        assertThat(second.links().ids()).containsExactly("one");
        assertThat(first.links()).isEqualTo(new PageLinks(List.of("s/", "A/"), List.of("one")));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aNewBuildMakesItsOwnAndWhatWasMadeIsNeverRunAgain() throws Exception {
        TemplateRenderer renderer = renderer();
        Diagnostics diagnostics = new Diagnostics();
        // A site title of an editor's that looks like an expression is text when made, and stays text.
        String title = "[[${7*7}]] [(${7*7})] <b>";
        TemplateRenderer.Build build = renderer.newBuild();
        String made = html(build.render("same", Map.of("title", title, "section", "s"), diagnostics).orElseThrow());
        String asMade = html(build.render("same", Map.of("title", "B", "section", "s"), diagnostics).orElseThrow());
        assertThat(made).contains("<nav><a href=\"s/\">[[${7*7}]] [(${7*7})] &lt;b&gt;</a></nav>");
        assertThat(asMade).contains("<nav><a href=\"s/\">[[${7*7}]] [(${7*7})] &lt;b&gt;</a></nav>").doesNotContain("49");

        String next = html(renderer.newBuild().render("same", Map.of("title", "B", "section", "s"), diagnostics)
                .orElseThrow());
        assertThat(next).contains("<nav><a href=\"s/\">B</a></nav>");
    }

    @Test
    void aOneOffBuildStopsKeepingAPlaceWhoseValuesAreAllNew() throws Exception {
        TemplateRenderer.Build build = renderer().newBuild();
        Diagnostics diagnostics = new Diagnostics();
        for (int i = 0; i < 200; i++) {
            String page = html(build.render("same", Map.of("title", "T" + i, "section", "s" + i), diagnostics).orElseThrow());
            assertThat(page).contains("<nav><a href=\"s" + i + "/\">T" + i + "</a></nav>", "<p>T" + i + "</p>")
                    .doesNotContain("<!--");
        }
        // Two places, each given up after its first 64 values: the rest were rendered as if unmarked.
        assertThat(build.kept()).isEqualTo(2 * 64);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void serveKeepsMarkupFromBuildToBuildWhateverItsValuesDo() throws Exception {
        TemplateRenderer.Build builds = renderer().newBuilds();
        Diagnostics diagnostics = new Diagnostics();
        for (int i = 0; i < 200; i++) {
            builds.render("same", Map.of("title", "T" + i, "section", "s" + i), diagnostics).orElseThrow();
        }
        assertThat(builds.kept()).isEqualTo(2 * 200);
        // A later build's page with a value seen before: as made then.
        assertThat(html(builds.render("same", Map.of("title", "New", "section", "s7"), diagnostics).orElseThrow()))
                .contains("<nav><a href=\"s7/\">T7</a></nav>", "<main><a href=\"New/\">New</a></main>");
    }

    private TemplateRenderer listRenderer() throws Exception {
        Files.createDirectories(dossier.resolve("templates"));
        // The same list, item by item and in runs of items.
        Files.writeString(dossier.resolve("templates/items.html"), """
                <ol><th:block th:each="item : ${page.items}"><li dossier:same-for="${item}"><a th:href="${item + '/'}"
                  th:text="${item}">x</a></li></th:block></ol>
                """);
        Files.writeString(dossier.resolve("templates/runs.html"), """
                <ol><th:block th:each="run : ${#dossier.runs(page.items)}"><th:block dossier:same-for="${run}"><th:block
                  th:each="item : ${run}"><li dossier:same-for="${item}"><a th:href="${item + '/'}"
                  th:text="${item}">x</a></li></th:block></th:block></th:block></ol>
                """);
        return new TemplateRenderer(new Theme(dossier));
    }

    private static List<String> items(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "item " + i + " “é”").toList();
    }

    @Test
    void aListInRunsIsWrittenAsItemByItem() throws Exception {
        TemplateRenderer renderer = listRenderer();
        Diagnostics diagnostics = new Diagnostics();
        for (int count : new int[] {0, 1, TemplateRuns.LENGTH - 1, TemplateRuns.LENGTH, TemplateRuns.LENGTH + 1, 1000}) {
            Map<String, Object> page = Map.of("items", items(count));
            TemplateRenderer.Page one = renderer.newBuild().render("items", page, diagnostics).orElseThrow();
            TemplateRenderer.Build builds = renderer.newBuilds();
            TemplateRenderer.Page runs = builds.render("runs", page, diagnostics).orElseThrow();
            TemplateRenderer.Page again = builds.render("runs", page, diagnostics).orElseThrow();
            assertThat(html(runs)).as("%d items", count).isEqualTo(html(one));
            assertThat(html(again)).as("%d items, as made", count).isEqualTo(html(one));
            assertThat(runs.links()).isEqualTo(one.links());
            assertThat(again.links()).isEqualTo(one.links());
        }
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void serveMakesAgainOnlyTheRunThatHoldsAChangedItem() throws Exception {
        TemplateRenderer renderer = listRenderer();
        Diagnostics diagnostics = new Diagnostics();
        TemplateRenderer.Build builds = renderer.newBuilds();
        List<String> before = items(1000);
        builds.render("runs", Map.of("items", before), diagnostics).orElseThrow();
        int runs = (1000 + TemplateRuns.LENGTH - 1) / TemplateRuns.LENGTH;
        assertThat(builds.kept()).isEqualTo(1000 + runs);

        List<String> after = new java.util.ArrayList<>(before);
        after.set(500, "a new title");
        TemplateRenderer.Page page = builds.render("runs", Map.of("items", after), diagnostics).orElseThrow();
        // One run and one item made; the rest written as made.
        assertThat(builds.kept()).isEqualTo(1000 + runs + 2);
        assertThat(html(page)).isEqualTo(html(renderer.newBuild().render("items", Map.of("items", after), diagnostics)
                .orElseThrow()));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aRunOfEqualItemsMadeAnewIsWalkedAndItsItemsFoundAsMade() throws Exception {
        TemplateRenderer renderer = listRenderer();
        Diagnostics diagnostics = new Diagnostics();
        TemplateRenderer.Build builds = renderer.newBuilds();
        builds.render("runs", Map.of("items", items(1000)), diagnostics).orElseThrow();
        int runs = (1000 + TemplateRuns.LENGTH - 1) / TemplateRuns.LENGTH;

        // Equal texts, not the same ones: a run is known by its very items, an item by its value.
        List<String> equal = items(1000);
        TemplateRenderer.Page page = builds.render("runs", Map.of("items", equal), diagnostics).orElseThrow();
        assertThat(builds.kept()).isEqualTo(1000 + 2 * runs);
        assertThat(html(page)).isEqualTo(html(renderer.newBuild().render("items", Map.of("items", equal), diagnostics)
                .orElseThrow()));
        assertThat(diagnostics.sorted()).isEmpty();
    }
}
