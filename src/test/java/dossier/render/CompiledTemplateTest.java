package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostics;
import dossier.render.view.BodyHtml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compiled template writes what Thymeleaf writes, construct by construct, for the page models
 * a theme of the dossier's own might meet: each template here is rendered compiled and by
 * Thymeleaf with the same engine, and the two must be the same to the byte, links and ids too.
 */
class CompiledTemplateTest {
    @TempDir
    Path dossier;

    record Item(String title, String href, boolean current) {
    }

    record Page(String title, String empty, String missing, List<Item> items, Map<String, String> names) {
    }

    private static final Page PAGE = new Page("Peskov: “no talks” <now> & 'then' \uD83D\uDCF0", "", null,
            List.of(new Item("One", "one/", false), new Item("Two & two", "two/?a=1&b=2", true),
                    new Item("Three", "", false)),
            Map.of("style.css", "style.1234.css", "empty", ""));

    // A list in runs, each run and item marked same-for, and a nav marked same-for.
    private static final String RUNS = """
            <ul><th:block th:each="run : ${#dossier.runs(page.items)}"><th:block dossier:same-for="${run}"><th:block
              th:each="item : ${run}">
              <li dossier:same-for="${item}"><a th:href="${item.href}" th:text="${item.title}">x</a></li></th:block></th:block></th:block>
            </ul>
            <nav dossier:same-for="${page.names}" id="n"><a th:href="${page.names['style.css']}">s</a></nav>
            """;

    private TemplateRenderer theme(String... namesAndTemplates) throws Exception {
        Files.createDirectories(dossier.resolve("templates"));
        for (int i = 0; i < namesAndTemplates.length; i += 2) {
            Files.writeString(dossier.resolve("templates/" + namesAndTemplates[i] + ".html"), namesAndTemplates[i + 1]);
        }
        return new TemplateRenderer(new Theme(dossier));
    }

    /** Renders compiled and by Thymeleaf; the same, and the compiled theme did not hand the page over. */
    private static String assertSame(TemplateRenderer renderer, String template, Object page) {
        Diagnostics diagnostics = new Diagnostics();
        TemplateRenderer.Page compiled = renderer.newBuild().render(template, page, diagnostics).orElseThrow();
        TemplateRenderer.Page thymeleaf = renderer.thymeleaf(template, page, RepeatedMarkup.forOneBuild(), diagnostics)
                .orElseThrow();
        String html = new String(thymeleaf.html(), StandardCharsets.UTF_8);
        assertThat(new String(compiled.html(), StandardCharsets.UTF_8)).isEqualTo(html);
        assertThat(compiled.links()).isEqualTo(thymeleaf.links());
        assertThat(renderer.compiled().refused()).isEmpty();
        assertThat(renderer.compiled().fellBack()).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
        return html;
    }

    @Test
    void keepsTheWhiteSpaceBetweenAttributesAsThymeleafDoesWhenItSetsAndRemovesThem() throws Exception {
        TemplateRenderer renderer = theme("t", """
                <!DOCTYPE html>
                <html><body>
                <p   th:if="${page.title} != ''"   class="a"  th:classappend="${page.empty}"
                     th:title="${page.empty}"  id="x"   th:text="${page.title}"  >old</p>
                <p class="" th:classappend="'b'" th:id="${page.missing}" th:lang="${page.title}">x</p>
                <p th:classappend="'c'"
                   th:title="${page.empty}" th:id="${page.empty}" th:data-note="${page.empty}" th:aria-label="${page.title}">x</p>
                <a th:href="${page.missing}" th:text="${page.missing}" href="keep" >y</a>
                <img th:src="${page.names['style.css']}" th:alt="${page.title}" />
                <input type="text" disabled th:value="${page.title}" >
                <span th:unless="${page.empty} == ''">gone</span><span th:if="'false'">gone</span><span th:if="'no'">gone</span>
                <b
                    th:classappend="'c'"
                  >only attribute</b>
                <i  title="old"   th:title="${page.empty}"    class="k">title taken away</i>
                </body></html>
                """);

        String html = assertSame(renderer, "t", PAGE);
        assertThat(html).contains("class=\"a\"", "id=\"x\"", "&lt;now&gt; &amp; &#39;then&#39;", "href=\"\"")
                .doesNotContain("gone", "th:");
    }

    @Test
    void evaluatesOperatorsAsThymeleafDoes() throws Exception {
        Map<String, Object> page = new HashMap<>();
        page.put("one", "1");
        page.put("two", "2");
        page.put("count", 3);
        page.put("word", "x");
        page.put("none", null);
        page.put("yes", true);
        page.put("list", List.of("a", "b"));
        page.put("nothing", List.of());
        TemplateRenderer renderer = theme("t", """
                <p th:text="${page.one} + ${page.two}">texts that are numbers are added</p>
                <p th:text="'1' + ${page.two}">a literal is joined</p>
                <p th:text="${page.count} + '%'">joined</p>
                <p th:text="${page.count} + 1">added</p>
                <p th:text="${page.none} + '!'">null</p>
                <p th:text="${page.word} == 'x' ? 'is x' : 'not x'">x</p>
                <p th:text="${page.count} == '3'">3 is '3'</p>
                <p th:text="${page.none} != null">null</p>
                <p th:text="!${page.nothing.empty} or ${page.yes}">or</p>
                <p th:text="${page.list.empty} and ${page.yes}">and</p>
                <p th:text="${page.list.size}">size</p>
                <p th:text="${page.none} ? 'a'">no else</p>
                <p th:text="${#strings.listJoin(page.list, ' · ')}">joined</p>
                <p th:text="${page.word + page.one}">OGNL joins texts</p>
                """);

        String html = assertSame(renderer, "t", page);
        assertThat(html).contains("<p>3</p>", "<p>12</p>", "<p>3%</p>", "<p>4</p>", "<p>null!</p>", "<p>is x</p>",
                "<p>a · b</p>", "<p>x1</p>");
    }

    @Test
    void iteratesAsThymeleafDoesWithTheWhiteSpaceBetweenItemsOfBlockElements() throws Exception {
        TemplateRenderer renderer = theme("t", """
                <ul>
                  <li th:each="item, state : ${page.items}" th:classappend="${state.odd} ? 'odd'"
                      th:text="${state.index} + ' ' + ${state.count} + '/' + ${state.size} + ${state.first} + ${state.last}">x</li>
                </ul>
                <p>  <span th:each="item : ${page.items}" th:text="${itemStat.even}">x</span></p>
                <div>
                  <th:block th:each="item : ${page.items}"><a th:href="${item.href}" th:aria-current="${item.current} ? 'page'"
                    th:text="${item.title}">x</a></th:block>
                </div>
                <table>
                  <tr th:each="item : ${page.items}"><td th:each="n : ${page.items}" th:text="${n.title}">x</td></tr>
                </table>
                <ol><li th:each="item : ${page.missing}">none</li></ol>
                """);

        String html = assertSame(renderer, "t", PAGE);
        assertThat(html).contains("  <li class=\"odd\">0 1/3truefalse</li>\n  <li>1 2/3falsefalse</li>",
                "aria-current=\"page\"");
    }

    @Test
    void insertsFragmentsWithTheirParametersAsThymeleafDoes() throws Exception {
        TemplateRenderer renderer = theme("layout", """
                <html th:fragment="page(title, content)" th:lang="${title}" lang="en"><body>
                <header th:text="${title}">t</header>
                <main th:replace="${content}">content</main>
                </body></html>
                <th:block th:fragment="links(items)"><th:block th:each="item, state : ${items}"><a th:href="${item.href}"
                  th:text="${item.title}">x</a><th:block th:unless="${state.last}">, </th:block></th:block></th:block>
                <section th:fragment="maybe(items)" th:if="!${items.empty}" class="s"><h2>Some</h2></section>
                """, "t", """
                <!DOCTYPE html>
                <html th:replace="~{layout :: page(${page.title}, ~{::main})}">
                <main id="m">
                  <p>Links: <span th:insert="~{layout :: links(${page.items})}">links</span></p>
                  <th:block th:insert="~{layout :: links(${page.items})}"></th:block>
                  <div th:replace="~{layout :: maybe(${page.items})}"></div>
                  <div th:replace="~{layout :: maybe(${page.missing})}"></div>
                  <p th:replace="~{::note}"></p>
                  <aside th:fragment="note" th:text="${page.title}">note</aside>
                </main>
                </html>
                """);

        String html = assertSame(renderer, "t", PAGE);
        assertThat(html).contains("<a href=\"one/\">One</a>, <a href=\"two/?a=1&amp;b=2\">Two &amp; two</a>",
                "<section class=\"s\"><h2>Some</h2></section>", "<main id=\"m\">").doesNotContain("th:", "maybe");
    }

    @Test
    void writesABodyAsItIsWithItsLinksAndATextWithoutMarkupAsItIs() throws Exception {
        TemplateRenderer renderer = theme("t", """
                <div id="b" th:utext="${page.body}">body</div>
                <div th:utext="${page.empty}">empty body</div>
                <script type="application/ld+json" th:utext="${page.json}"></script>
                <a href="after">after</a>
                """);
        Map<String, Object> page = new HashMap<>();
        page.put("body", new BodyHtml("<p id=\"p1\"><a href=\"x/\">x</a></p>", List.of("x/"), List.of("p1")));
        page.put("empty", BodyHtml.EMPTY);
        page.put("json", "{\"a\":[1,2],\"b\":\"\\u003c>\"}");

        assertSame(renderer, "t", page);
        TemplateRenderer.Page compiled = renderer.newBuild().render("t", page, new Diagnostics()).orElseThrow();
        assertThat(compiled.links()).isEqualTo(new PageLinks(List.of("x/", "after"), List.of("b", "p1")));
    }

    @Test
    void writesAnElementMarkedSameForOnceAndAsMadeAfterwards() throws Exception {
        TemplateRenderer renderer = theme("t", RUNS);
        TemplateRenderer.Build build = renderer.newBuild();
        Diagnostics diagnostics = new Diagnostics();
        TemplateRenderer.Page first = build.render("t", PAGE, diagnostics).orElseThrow();
        TemplateRenderer.Page second = build.render("t", PAGE, diagnostics).orElseThrow();
        TemplateRenderer.Page thymeleaf = renderer.thymeleaf("t", PAGE, RepeatedMarkup.forOneBuild(), diagnostics)
                .orElseThrow();

        assertThat(first.html()).isEqualTo(thymeleaf.html());
        assertThat(second.html()).isEqualTo(thymeleaf.html());
        assertThat(second.links()).isEqualTo(thymeleaf.links()).isEqualTo(first.links());
        assertThat(build.kept()).as("a run, three items and the nav, each made once").isEqualTo(5);
        assertThat(renderer.compiled().fellBack()).isEmpty();
    }

    @Test
    void thymeleafFindsARunAsMadeByTheRecordsItShows() throws Exception {
        TemplateRenderer renderer = theme("t", RUNS);
        RepeatedMarkup repeated = RepeatedMarkup.acrossBuilds();
        Diagnostics diagnostics = new Diagnostics();
        TemplateRenderer.Page first = renderer.thymeleaf("t", PAGE, repeated, diagnostics).orElseThrow();
        // Each page shows the records as maps of its own; the run is the same for the same records.
        TemplateRenderer.Page second = renderer.thymeleaf("t", PAGE, repeated, diagnostics).orElseThrow();

        assertThat(second.html()).isEqualTo(first.html());
        assertThat(repeated.size()).as("a run, three items and the nav, each made once").isEqualTo(5);
    }

    @Test
    void leavesToThymeleafWhatItDoesNotCompileAndAPageWhoseValuesItDeclines() throws Exception {
        TemplateRenderer renderer = theme("inlined", """
                <p>[[${page.title}]]</p>
                """, "with", """
                <p th:with="t=${page.title}" th:text="${t}">x</p>
                """, "markup", """
                <div th:utext="${page.html}">x</div>
                """, "record", """
                <p th:text="${page.items[0]}">x</p>
                """);
        Diagnostics diagnostics = new Diagnostics();

        for (String template : List.of("inlined", "with", "record")) {
            TemplateRenderer.Page page = renderer.newBuild().render(template, PAGE, diagnostics).orElseThrow();
            assertThat(page.html()).isEqualTo(renderer.thymeleaf(template, PAGE, RepeatedMarkup.forOneBuild(), diagnostics)
                    .orElseThrow().html());
        }
        assertThat(renderer.compiled().refused()).containsOnlyKeys("inlined", "with", "record");
        assertThat(renderer.compiled().refused().get("inlined")).contains("inline");

        Map<String, Object> page = Map.of("html", "<b>bold</b> <a href=\"x\">x</a>");
        TemplateRenderer.Page markup = renderer.newBuild().render("markup", page, diagnostics).orElseThrow();
        assertThat(new String(markup.html(), StandardCharsets.UTF_8)).contains("<b>bold</b>");
        assertThat(markup.links().links()).containsExactly("x");
        assertThat(renderer.compiled().fellBack()).containsOnlyKeys("markup: th:utext of markup that is not a body");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void reportsATemplateErrorAsThymeleafDoes() throws Exception {
        TemplateRenderer renderer = theme("t", """
                <p th:text="${page.title}">t</p>
                <p th:text="${page.nosuch}">x</p>
                """);
        Diagnostics compiled = new Diagnostics();
        Diagnostics thymeleaf = new Diagnostics();

        assertThat(renderer.newBuild().render("t", PAGE, compiled)).isEmpty();
        assertThat(renderer.thymeleaf("t", PAGE, RepeatedMarkup.forOneBuild(), thymeleaf)).isEmpty();
        assertThat(compiled.sorted()).isEqualTo(thymeleaf.sorted()).hasSize(1);
        assertThat(compiled.sorted().get(0).message()).contains("has no property 'nosuch'");
    }

    @Test
    void aLongListIsWrittenTheSame() throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            items.add(new Item("Item “" + i + "” & <" + i + ">", "items/" + i + "/", i % 7 == 0));
        }
        char[] unicode = new char[300];
        Arrays.fill(unicode, 'é');
        Page page = new Page(new String(unicode) + "\uD83D", "", null, items, Map.of());
        TemplateRenderer renderer = theme("t", """
                <h1 th:text="${page.title}">t</h1>
                <ul><li th:each="item : ${page.items}"><a th:href="${item.href}" th:text="${item.title}"
                  th:classappend="${item.current} ? 'current'" class="i">x</a></li></ul>
                """);

        assertSame(renderer, "t", page);
    }
}
