package dossier.check;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.render.PageLinks;
import dossier.render.RenderedSite;
import dossier.render.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {
    /** Writes the pages through a checker for a site served under /repo/, then checks. */
    private static List<String> check(String... pathsAndHtml) {
        LinkChecker checker = new LinkChecker("/repo/");
        SiteOutput output = checker.watch(new RenderedSite.Collector());
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            output.write(pathsAndHtml[i], pathsAndHtml[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        Diagnostics diagnostics = new Diagnostics();
        checker.check("site", diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void acceptsRelativeLinksAnchorsAndExternalAddresses() {
        assertThat(check(
                "index.html", "<a href=\"people/a/#bio\">A</a> <a href=\"https://example.org/\">x</a> <a href=\"#top\">top</a><p id=\"top\"></p>",
                "people/a/index.html", "<p id=\"bio\"><a href=\"../../\">home</a></p>",
                "404.html", "<a href=\"/repo/people/a/\">A</a>")).isEmpty();
    }

    @Test
    void reportsMissingPagesAnchorsAndRootRelativeLinks() {
        assertThat(check(
                "index.html", "<p>\n<a href=\"people/b/\">B</a> <a href=\"people/a/#nope\">A</a> <a href=\"/people/a/\">A</a></p>",
                "people/a/index.html", "<p>A</p>")).containsExactly(
                "site/index.html:2:1: error: the link 'people/b/' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)",
                "site/index.html:2:27: error: the link 'people/a/#nope' points at an anchor that people/a/index.html does not have (fix the link in the Markdown body, or in the template if it is on every page)",
                "site/index.html:2:58: error: the link '/people/a/' starts with '/', which breaks under a sub-path (fix the link in the Markdown body, or in the template if it is on every page)");
    }

    @Test
    void theSameLinkIsJudgedFromEachPageThatHoldsIt() {
        // Resolved once for pages as deep as it climbs, and again from any other page.
        assertThat(check(
                "index.html", "<a href=\"people/a/\">A</a> <a href=\"#top\">top</a><p id=\"top\"></p>",
                "people/a/index.html", "<a href=\"../../people/a/\">A</a> <a href=\"people/a/\">A</a> <a href=\"#top\">top</a>",
                "people/b/index.html", "<a href=\"../../people/a/\">A</a> <a href=\"../../../people/a/\">up</a>",
                "p/index.html", "<a href=\"../../people/a/\">A</a> <a href=\"../people/a/\">A</a>")).containsExactly(
                "site/p/index.html:1:1: error: the link '../../people/a/' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)",
                "site/people/a/index.html:1:33: error: the link 'people/a/' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)",
                "site/people/a/index.html:1:59: error: the link '#top' points at an anchor that people/a/index.html does not have (fix the link in the Markdown body, or in the template if it is on every page)",
                "site/people/b/index.html:1:33: error: the link '../../../people/a/' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)");
    }

    @Test
    void aBrokenLinkSharedByManyPagesIsReportedOnEach() {
        // Climbing to the root from pages of the same depth, it is resolved and checked once.
        assertThat(check(
                "people/a/index.html", "<a href=\"../../people/gone/#bio\">G</a>",
                "people/b/index.html", "<p id=\"bio\"></p><a href=\"../../people/b/#bio\">B</a> <a href=\"../../people/gone/#bio\">G</a>",
                "events/e/index.html", "<a href=\"../../people/b/#nope\">B</a> <a href=\"../../people/b/#bio\">B</a>")).containsExactly(
                "site/events/e/index.html:1:1: error: the link '../../people/b/#nope' points at an anchor that people/b/index.html does not have (fix the link in the Markdown body, or in the template if it is on every page)",
                "site/people/a/index.html:1:1: error: the link '../../people/gone/#bio' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)",
                "site/people/b/index.html:1:53: error: the link '../../people/gone/#bio' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)");
    }

    /** Writes a page through a checker as the renderer does, with the links and ids it recorded. */
    private static void page(SiteOutput output, String path, String link) {
        String html = "<p>\n<a href=\"" + link + "\">A</a></p>";
        output.writePage(path, html.getBytes(StandardCharsets.UTF_8), new PageLinks(List.of(link), List.of()));
    }

    private static List<String> check(LinkChecker checker) {
        Diagnostics diagnostics = new Diagnostics();
        checker.check("site", diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void serveLooksAgainAtPagesWithTheirOldLinksWhenAFileWent() {
        LinkChecker first = LinkChecker.remembering("/repo/");
        SiteOutput output = first.watch(new RenderedSite.Collector());
        page(output, "index.html", "people/a/");
        page(output, "people/a/index.html", "../../");
        assertThat(check(first)).isEmpty();

        // Written again with links equal to last time's, beside a file that came: as before.
        LinkChecker second = first.next("/repo/");
        output = second.watch(new RenderedSite.Collector());
        page(output, "index.html", "people/a/");
        page(output, "people/a/index.html", "../../");
        output.write("search/terms/7a31.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(check(second)).isEmpty();

        // The page it links to went: the same links are judged again.
        LinkChecker third = second.next("/repo/");
        output = third.watch(new RenderedSite.Collector());
        page(output, "index.html", "people/a/");
        assertThat(check(third)).containsExactly(
                "site/index.html:2:1: error: the link 'people/a/' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)");
    }

    @Test
    void serveJudgesALinkSharedBySeveralPagesAgainWhenWhereItLeadsWent() {
        LinkChecker first = LinkChecker.remembering("/repo/");
        SiteOutput output = first.watch(new RenderedSite.Collector());
        page(output, "people/a/index.html", "../../people/c/");
        page(output, "people/b/index.html", "../../people/c/");
        page(output, "people/c/index.html", "../../");
        page(output, "index.html", "people/a/");
        assertThat(check(first)).isEmpty();

        // The pages that link to c are written again with the links they had; c is not.
        LinkChecker second = first.next("/repo/");
        output = second.watch(new RenderedSite.Collector());
        page(output, "people/a/index.html", "../../people/c/");
        page(output, "people/b/index.html", "../../people/c/");
        page(output, "index.html", "people/a/");
        assertThat(check(second)).containsExactly(
                "site/people/a/index.html:2:1: error: the link '../../people/c/' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)",
                "site/people/b/index.html:2:1: error: the link '../../people/c/' leads to no page of the site (fix the link in the Markdown body, or in the template if it is on every page)");
    }
}
