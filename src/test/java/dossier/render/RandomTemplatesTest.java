package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates a theme of the dossier's own might hold, made at random from what the compiled theme
 * knows and some of what it leaves to Thymeleaf: every one is written, compiled or not, exactly
 * as Thymeleaf writes it, links and ids included. Each failure names the template.
 */
class RandomTemplatesTest {
    @TempDir
    Path dossier;

    record Item(String title, String href, boolean current, int n) {
    }

    record Page(String a, String empty, String missing, int n, boolean flag, List<Item> items, List<Item> none,
                Map<String, String> names) {
    }

    private static final Page PAGE = new Page("Tom & “Jerry” <b>'s</b>", "", null, 3, true,
            List.of(new Item("One", "one/", false, 1), new Item("Two & two", "two/?a=1&b=2", true, 2),
                    new Item("", "", false, 0)),
            List.of(), Map.of("k", "v & w", "style.css", "s.css"));

    private static final String[] TAGS = {"div", "p", "span", "li", "ul", "a", "section", "th:block", "td", "nav", "h2"};
    private static final String[] STANDALONE = {"img", "meta", "input", "br"};
    private static final String[] SPACE = {" ", " ", "  ", "\n    ", "\t"};
    private static final String[] VALUES = {"${page.a}", "${page.empty}", "${page.missing}", "${page.n}",
            "'lit'", "${page.a} + '!'", "${page.n} + 1", "'n' + ${page.n}", "${page.flag} ? 'yes' : null",
            "${page.flag} ? 'yes'", "!${page.items.empty}", "${page.none.empty}", "${page.names['k']}",
            "${page.empty} == ''", "${page.missing} != null", "${page.a} or ${page.empty}", "${page.items.size}",
            "'x' + ${page.names['style.css']}", "${page.n} == 3", "null", "${#strings.listJoin(page.names.values, ', ')}"};
    private static final String[] ITEM_VALUES = {"${item.title}", "${item.href}", "${item.current} ? 'on' : null",
            "${itemStat.index}", "${itemStat.last}", "'#' + ${item.n}", "${item.n} + ${itemStat.count}"};
    private static final String[] STATIC = {"class=\"c\"", "id='i'", "title=\"t &amp; u\"", "href=\"h/\"", "lang=en",
            "data-x=\"y\"", "disabled", "class=\"\""};
    private static final String[] DYNAMIC = {"th:text", "th:utext", "th:if", "th:unless", "th:href", "th:title",
            "th:id", "th:lang", "th:class", "th:classappend", "th:data-x", "th:aria-label", "th:content", "th:value",
            "dossier:same-for", "th:with", "th:attr"};

    @Test
    void randomTemplatesAreWrittenAsThymeleafWritesThem() throws Exception {
        Random random = new Random(21);
        int compiled = 0;
        int all = 0;
        for (int theme = 0; theme < 6; theme++) {
            Path folder = dossier.resolve("theme-" + theme);
            Files.createDirectories(folder.resolve("templates"));
            Files.writeString(folder.resolve("templates/frag.html"), """
                    <div th:fragment="box(value)" class="box"><span th:text="${value}">v</span></div>
                    <th:block th:fragment="list(items)"><a th:each="item : ${items}" th:href="${item.href}"
                      th:text="${item.title}">x</a></th:block>
                    """);
            for (int t = 0; t < 60; t++) {
                Files.writeString(folder.resolve("templates/t" + t + ".html"),
                        "<!DOCTYPE html>\n<html><body>\n" + nodes(random, 3, false) + "\n</body></html>\n");
            }
            TemplateRenderer renderer = new TemplateRenderer(new Theme(folder));
            for (int t = 0; t < 60; t++) {
                String template = "t" + t;
                Diagnostics compiledDiagnostics = new Diagnostics();
                Diagnostics thymeleafDiagnostics = new Diagnostics();
                Optional<TemplateRenderer.Page> page = renderer.newBuild().render(template, PAGE, compiledDiagnostics);
                Optional<TemplateRenderer.Page> expected = renderer.thymeleaf(template, PAGE, RepeatedMarkup.forOneBuild(),
                        thymeleafDiagnostics);
                String source = Files.readString(folder.resolve("templates/" + template + ".html"));
                assertThat(compiledDiagnostics.sorted()).as(source).isEqualTo(thymeleafDiagnostics.sorted());
                assertThat(page.isPresent()).as(source).isEqualTo(expected.isPresent());
                if (expected.isPresent()) {
                    assertThat(new String(page.get().html(), StandardCharsets.UTF_8)).as(source)
                            .isEqualTo(new String(expected.get().html(), StandardCharsets.UTF_8));
                    assertThat(page.get().links()).as(source).isEqualTo(expected.get().links());
                }
                all++;
                if (renderer.compiled().template(template).isPresent()) {
                    compiled++;
                }
            }
        }
        // Most are compiled, so that the comparison is of the two renderers, not of Thymeleaf with itself.
        assertThat(compiled).as("compiled of %d", all).isGreaterThan(all / 3);
    }

    private static String nodes(Random random, int depth, boolean inItem) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            out.append(pick(random, SPACE));
            switch (random.nextInt(depth > 0 ? 7 : 3)) {
                case 0 -> out.append(random.nextBoolean() ? "text &amp; more" : "“words”");
                case 1 -> out.append("<").append(pick(random, STANDALONE)).append(attributes(random, inItem))
                        .append(random.nextBoolean() ? ">" : " />");
                case 2 -> out.append("<!-- a comment -->");
                case 3 -> out.append(each(random, depth));
                case 4 -> out.append(random.nextBoolean()
                        ? "<p th:insert=\"~{frag :: box(" + pick(random, inItem ? ITEM_VALUES : VALUES) + ")}\">x</p>"
                        : "<ol th:replace=\"~{frag :: list(${page." + (random.nextBoolean() ? "items" : "none") + "})}\"></ol>");
                default -> {
                    String tag = pick(random, TAGS);
                    out.append("<").append(tag).append(attributes(random, inItem)).append(">")
                            .append(nodes(random, depth - 1, inItem)).append("</").append(tag).append(">");
                }
            }
        }
        return out.toString();
    }

    private static String each(Random random, int depth) {
        String tag = pick(random, new String[] {"li", "div", "span", "th:block", "tr", "p"});
        String status = random.nextBoolean() ? "item, itemStat" : "item";
        return "<" + tag + " th:each=\"" + status + " : ${page." + (random.nextInt(4) == 0 ? "none" : "items") + "}\""
                + attributes(random, true) + ">" + nodes(random, depth - 1, true) + "</" + tag + ">";
    }

    private static String attributes(Random random, boolean inItem) {
        StringBuilder out = new StringBuilder();
        Set<String> names = new HashSet<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            String attribute;
            if (random.nextInt(3) == 0) {
                attribute = pick(random, STATIC);
            } else {
                String name = pick(random, DYNAMIC);
                String value = name.equals("th:with") ? "x=${page.a}"
                        : name.equals("th:attr") ? "title=${page.a}"
                        : pick(random, inItem && random.nextBoolean() ? ITEM_VALUES : VALUES);
                attribute = name + "=\"" + value.replace("&", "&amp;").replace("\"", "&quot;") + "\"";
            }
            String name = attribute.replaceFirst("[= ].*", "").toLowerCase(Locale.ROOT);
            if (names.add(name)) {
                out.append(pick(random, SPACE)).append(attribute);
            }
        }
        if (random.nextInt(4) == 0) {
            out.append(pick(random, SPACE));
        }
        return out.toString();
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
