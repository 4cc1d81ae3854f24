package dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.PagesServer;
import dossier.TestDossier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Script payloads in every place content can put text, built into a site and opened in a real
 * browser, which must run none of them. Each payload would call {@code window.__xss(name)};
 * the browser records those calls, and any alert, before the page's own scripts run.
 */
class XssCorpusTest {
    /** What each payload does if it runs: record itself. */
    private static final String HIT = "window.__xss";
    /** An image address that fails at once without leaving the machine: a closed port on loopback. */
    private static final String NO_IMAGE = "http://127.0.0.1:9/x";

    static final List<String> PAYLOADS = List.of(
            "<script>" + HIT + "('script')</script>",
            "<img src=" + NO_IMAGE + " onerror=\"" + HIT + "('img-onerror')\">",
            "<svg onload=\"" + HIT + "('svg-onload')\"></svg>",
            "<svg><script>" + HIT + "('svg-script')</script></svg>",
            "<a href=\"javascript:" + HIT + "('js-href')\">x</a>",
            "<a href=\"JaVaScRiPt:" + HIT + "('mixed-case')\">x</a>",
            "<a href=\"&#106;avascript:" + HIT + "('entity-scheme')\">x</a>",
            "<a href=\"java&#x09;script:" + HIT + "('tab-scheme')\">x</a>",
            "<a href=\" javascript:" + HIT + "('space-scheme')\">x</a>",
            "<iframe src=\"javascript:parent." + HIT + "('iframe')\"></iframe>",
            "<iframe srcdoc=\"<script>parent." + HIT + "('srcdoc')</script>\"></iframe>",
            "<object data=\"javascript:" + HIT + "('object')\"></object>",
            "<embed src=\"javascript:" + HIT + "('embed')\">",
            "<body onload=\"" + HIT + "('body-onload')\">",
            "<div style=\"background:url(javascript:" + HIT + "('style-url'))\">x</div>",
            "<style>@import 'javascript:" + HIT + "(1)';</style>",
            "<math><mtext><script>" + HIT + "('math')</script></mtext></math>",
            "<details open ontoggle=\"" + HIT + "('ontoggle')\">x</details>",
            "<input autofocus onfocus=\"" + HIT + "('autofocus')\">",
            "<video><source onerror=\"" + HIT + "('video')\"></video>",
            "<audio src=" + NO_IMAGE + " onerror=\"" + HIT + "('audio')\"></audio>",
            "<form action=\"javascript:" + HIT + "('form')\"><button>go</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + HIT + "('refresh')\">",
            "<base href=\"javascript:" + HIT + "('base')//\">",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoJ2RhdGEnKTwvc2NyaXB0Pg==\">data</a>",
            "<img src=\"data:image/svg+xml,<svg onload=" + HIT + "('data-svg')>\">",
            "<scr<script>ipt>" + HIT + "('nested')</script>",
            "<<script>" + HIT + "('double-lt')//<</script>",
            "<img \"\"\"><script>" + HIT + "('quotes')</script>\">",
            "<IMG SRC=" + NO_IMAGE + " OnErRoR=" + HIT + "('upper')>",
            "<img src=" + NO_IMAGE + " onerror=" + HIT + "`backtick`>",
            "\"><script>" + HIT + "('attribute-break')</script>",
            "'><img src=" + NO_IMAGE + " onerror=" + HIT + "('single-quote-break')>",
            "</title><script>" + HIT + "('title-break')</script>",
            "</script><script>" + HIT + "('script-break')</script>",
            "<svg><a xlink:href=\"javascript:" + HIT + "('xlink')\"><text y=\"20\">x</text></a></svg>",
            "<img src=" + NO_IMAGE + " onerror=\"&#119;indow.__xss('entity-handler')\">",
            "<noscript><p title=\"</noscript><img src=" + NO_IMAGE + " onerror=" + HIT + "('noscript')>\"></noscript>",
            "<marquee onstart=\"" + HIT + "('marquee')\">x</marquee>",
            "<a href=\"vbscript:msgbox(1)\">vb</a>",
            "<svg><animate onbegin=\"" + HIT + "('animate')\" attributeName=\"x\" dur=\"1s\"></animate></svg>",
            "<img src=" + NO_IMAGE + " onerror=alert('alert')>",
            "<a href=\"javascript&colon;" + HIT + "('colon-entity')\">x</a>",
            "[[${7*7}]] __${T(java.lang.Runtime).getRuntime()}__ {{7*7}} #{7*7}");

    @TempDir
    static Path folder;
    static PagesServer server;
    static ChromeDriver browser;
    static Path site;

    @BeforeAll
    static void buildTheCorpus() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.DRIVER),
                "no browser: install Debian's chromium and chromium-driver; .ci/run does");
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(40);
        Path dossier = folder.resolve("dossier");
        TestDossier.copyOf("basic", dossier);
        StringBuilder body = new StringBuilder("---\ntitle: " + yaml(PAYLOADS.get(0)) + "\noutlet: daily-news\n"
                + "published: 2022-11-01\nsummary: " + yaml(PAYLOADS.get(1)) + "\nauthor: " + yaml(PAYLOADS.get(2)) + "\n---\n\n");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            // As raw HTML, as a link's text, and as an image's alt text.
            body.append(payload).append("\n\n");
            body.append("Before [").append(payload.replace("]", "\\]")).append("](https://example.org/").append(i).append(")\n\n");
            body.append("![").append(payload.replace("]", "\\]")).append("](").append(NO_IMAGE).append(i).append(".png)\n\n");
            // As every kind of text field in YAML.
            Files.writeString(dossier.resolve("content/topics/xss-" + i + ".md"), "---\ntitle: " + yaml(payload)
                    + "\n---\n\n" + payload + "\n");
            Files.writeString(dossier.resolve("content/events/xss-" + i + ".yaml"), "title: " + yaml(payload)
                    + "\ndate: 2022-11-01\nplace: " + yaml(payload) + "\n");
        }
        Files.writeString(dossier.resolve("content/articles/xss.md"), body);
        Files.writeString(dossier.resolve("content/people/xss.yaml"), "name: " + yaml(PAYLOADS.get(3)) + "\naliases: ["
                + String.join(", ", PAYLOADS.subList(4, 10).stream().map(XssCorpusTest::yaml).toList()) + "]\n");
        Files.writeString(dossier.resolve("content/outlets/xss.yaml"), "name: " + yaml(PAYLOADS.get(10))
                + "\nowner: " + yaml(PAYLOADS.get(11)) + "\nreliability:\n  grade: C\n  rationale: " + yaml(PAYLOADS.get(12)) + "\n");
        Files.writeString(dossier.resolve("content/quotes/xss.yaml"), "speaker: anna-speaker\ntext: " + yaml(PAYLOADS.get(13))
                + "\noccasion: " + yaml(PAYLOADS.get(14)) + "\noriginal: " + yaml(PAYLOADS.get(15)) + "\n");

        server = PagesServer.start("/xss/");
        site = folder.resolve("site");
        TestDossier.Run build = TestDossier.Run.of("build", "--source", dossier.toString(), "--out", site.toString(),
                "--base-url", server.root());
        assertThat(build.status()).as(build.err()).isZero();
        server.serve(site);
        browser = BrowserTest.start(folder.resolve("profile"));
        // Runs before any script of each page: record payload calls and alerts instead of running them.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__xssHits = []; window.__xss = function (name) { window.__xssHits.push(String(name)); };"
                        + "window.alert = window.confirm = window.prompt = function (m) { window.__xssHits.push('alert ' + m); };"));
    }

    @AfterAll
    static void close() {
        BrowserTest.close(browser, server);
    }

    /** A YAML double-quoted scalar, which is a JSON string. */
    static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Test
    void noPageRunsAnyPayload() throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).map(file -> site.relativize(file).toString())
                    .sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100);
        List<String> ran = new ArrayList<>();
        for (String page : pages) {
            browser.get(server.root() + page.replace("index.html", ""));
            Thread.sleep(50); // let error and load handlers fire
            @SuppressWarnings("unchecked")
            List<String> hits = (List<String>) browser.executeScript(
                    "return (window.__xssHits || []).concat(Array.from(document.querySelectorAll("
                            + "'[href^=\"javascript:\" i], [src^=\"javascript:\" i], [href^=\"data:\" i], [src^=\"data:\" i], [onerror], [onload]'))"
                            + ".map(e => 'element ' + e.outerHTML.slice(0, 80)));");
            for (String hit : hits) {
                ran.add(page + ": " + hit);
            }
        }
        assertThat(ran).isEmpty();
    }

    @Test
    void templateExpressionsInContentStayText() throws Exception {
        String topic = Files.readString(site.resolve("topics/xss-" + (PAYLOADS.size() - 1) + "/index.html"));
        String payload = "[[${7*7}]] __${T(java.lang.Runtime).getRuntime()}__ {{7*7}} #{7*7}";
        assertThat(topic).contains(payload);
        // Not the whole file: the canonical address carries the server's random port, which may hold "49".
        Document page = Jsoup.parse(topic);
        assertThat(page.title()).isEqualTo(payload + " · Test dossier");
        assertThat(page.body().text()).contains(payload).doesNotContain("49");
    }

    @Test
    void theRecorderWouldSeeAPayloadThatRan() {
        // The same check on a page that does run one, so that the test above cannot pass by not looking.
        browser.get("data:text/html,<script>window.__xss('control')</script>");
        assertThat(browser.executeScript("return window.__xssHits")).asList().containsExactly("control");
    }
}
