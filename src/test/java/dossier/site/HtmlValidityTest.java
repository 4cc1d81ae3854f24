package dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nu HTML Checker finds no error on any page type of the sample dossier. */
class HtmlValidityTest {
    static final List<String> PAGE_TYPES = List.of("index.html", "articles/index.html",
            "articles/aggregator-2022-10-30-kremlin-basis-for-meeting/index.html", "outlets/sputnik/index.html",
            "people/dmitry-peskov/index.html", "quotes/peskov-2022-10-30-us-concerns/index.html",
            "events/2021-12-17-draft-treaties/index.html", "topics/security-guarantees/index.html", "about/index.html",
            "timeline/index.html", "search/index.html", "sources/index.html", "404.html");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        assertThat(TestDossier.Run.of("build", "--source", ".", "--out", out.toString()).status()).isZero();
    }

    @Test
    void everyPageTypeIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (String page : PAGE_TYPES) {
            String report = validator.validate(out.resolve(page));
            report.lines().filter(line -> line.contains("error:")).map(line -> page + ": " + line).forEach(errors::add);
        }
        assertThat(errors).isEmpty();
    }
}
