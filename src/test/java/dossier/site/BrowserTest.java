package dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.PagesServer;
import dossier.TestDossier;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample dossier as a reader meets it: built for a project sub-path, served over HTTP on
 * 127.0.0.1, and opened in Debian's headless Chromium. Skipped, with a message, where Chromium
 * or its driver is not installed; .ci/run installs both and fails if this was skipped.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path folder;
    static PagesServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void openTheSiteInChromium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no browser: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver) "
                        + "or set CHROMIUM and CHROMEDRIVER; .ci/run does");
        server = PagesServer.start("/dossier/");
        Path site = folder.resolve("site");
        assertThat(TestDossier.Run.of("build", "--source", ".", "--out", site.toString(), "--base-url", server.root()).status())
                .isZero();
        server.serve(site);
        browser = start(folder.resolve("profile"));
        Files.createDirectories(SCREENSHOTS);
    }

    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the networking flags Chromium keeps calling hosts this machine cannot reach.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        close(browser, server);
    }

    /** Ends a browser and the server it was looking at, either of which may not have started. */
    static void close(ChromeDriver browser, PagesServer server) {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void wideWindow() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void open(String page) {
        browser.get(server.root() + page);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
    }

    private static String path(String pageFile) {
        return pageFile.endsWith("index.html") ? pageFile.substring(0, pageFile.length() - "index.html".length()) : pageFile;
    }

    @Test
    void everyPageTypeLoadsWithoutConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (String page : HtmlValidityTest.PAGE_TYPES) {
            open(path(page));
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        && !(page.equals("404.html") && entry.getMessage().contains("404"))) {
                    errors.add(page + ": " + entry.getMessage());
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void searchFindsPeskovAndIstanbul() {
        for (String query : List.of("Peskov", "Istanbul")) {
            open("search/?q=" + query);
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
            List<WebElement> results = browser.findElements(By.cssSelector("#search-results li"));
            assertThat(results).isNotEmpty();
            assertThat(browser.findElement(By.id("search-status")).getText()).contains("for “" + query + "”");
            assertThat(results.get(0).findElement(By.cssSelector(".kind-label")).getText()).isNotBlank();
            assertThat(results.get(0).findElement(By.tagName("a")).getAttribute("href")).startsWith(server.root());
            assertThat(results.get(0).findElement(By.cssSelector(".detail")).getText()).isNotBlank();
        }
        open("search/");
        WebElement input = browser.findElement(By.id("search-query"));
        input.sendKeys("pesk");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("“pesk”"));
        assertThat(browser.findElements(By.cssSelector("#search-results li a")))
                .extracting(WebElement::getText).contains("Dmitry Peskov");
    }

    @Test
    void theKeyboardReachesEveryLink() {
        for (String page : List.of("articles/up-2022-10-30-peskov-guarantees/", "quotes/peskov-2022-10-30-us-concerns/",
                "timeline/", "sources/")) {
            open(page);
            assertThat(linksReachedByTab()).as(page).containsAll(visibleLinks());
            // The page's history is folded away; opened, its links are reached too.
            List<WebElement> history = browser.findElements(By.cssSelector(".history summary"));
            if (!history.isEmpty()) {
                history.get(0).click();
                List<String> visible = visibleLinks();
                assertThat(visible).anyMatch(link -> link.contains("/commit/"));
                assertThat(linksReachedByTab()).as(page + " with its history open").containsAll(visible);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleLinks() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                + ".filter(a => a.checkVisibility({checkVisibilityCSS: true}))"
                + ".map(a => a.href + ' ' + a.textContent.trim());");
    }

    private static Set<String> linksReachedByTab() {
        List<String> visible = visibleLinks();
        Set<String> reached = new LinkedHashSet<>();
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
        for (int i = 0; i < visible.size() * 2 + 20; i++) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
            Object focused = browser.executeScript("var e = document.activeElement;"
                    + " return e && e.matches('a[href]') ? e.href + ' ' + e.textContent.trim() : null;");
            if (focused != null) {
                reached.add(focused.toString());
            }
        }
        return reached;
    }

    @Test
    void sideNotesToggleOnANarrowViewport() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("articles/up-2022-10-30-peskov-guarantees/");
        WebElement note = browser.findElements(By.cssSelector(".body .sidenote")).get(0);
        WebElement number = browser.findElements(By.cssSelector(".body .sidenote-number")).get(0);
        assertThat(note.isDisplayed()).isFalse();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", number);
        number.click();
        assertThat(note.isDisplayed()).isTrue();
        assertThat(note.getText()).startsWith("1 The draft treaty's Article 4");
        number.click();
        assertThat(note.isDisplayed()).isFalse();
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("articles/up-2022-10-30-peskov-guarantees/");
        assertThat(browser.findElements(By.cssSelector(".body .sidenote")).get(0).isDisplayed()).isTrue();
    }

    /** axe-core from npm: AXE_CORE names its axe.min.js; .ci/run installs it. */
    static final Path AXE = Path.of(System.getenv().getOrDefault("AXE_CORE",
            ".ci/.tools/axe-core/node_modules/axe-core/axe.min.js"));

    @Test
    void axeFindsNoWcag21AaViolationOnAnyPageType() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(AXE),
                "axe-core is not installed: set AXE_CORE to its axe.min.js (npm install axe-core); .ci/run does");
        String axe = Files.readString(AXE);
        // First a page with known faults, so that this test cannot pass because axe did not run.
        browser.get("data:text/html,<html><body><img src='x.png'><a href='#'></a></body></html>");
        browser.executeScript(axe);
        Object faults = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}}).then(r => done(r.violations.length));");
        assertThat(((Number) faults).intValue()).isGreaterThanOrEqualTo(3);
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : HtmlValidityTest.PAGE_TYPES) {
                open(path(page));
                browser.executeScript(axe);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                + ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
                                + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))));");
                for (Map<String, Object> violation : found) {
                    violations.add(width + "px " + page + ": " + violation.get("id") + " (" + violation.get("help") + ") at "
                            + violation.get("nodes"));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void screenshotsForReview() throws Exception {
        for (int width : new int[] {390, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : List.of("articles/up-2022-10-30-peskov-guarantees/", "quotes/peskov-2022-10-30-us-concerns/",
                    "timeline/")) {
                open(page);
                long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
                browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 6000)));
                byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                Path file = SCREENSHOTS.resolve(page.split("/")[0] + "-" + width + ".png");
                Files.write(file, png);
                assertThat(png.length).isGreaterThan(10_000);
            }
        }
    }
}
