package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve keeps of the template engine from build to build, and when it starts afresh. */
class RenderCacheTest {
    @TempDir
    Path dossier;

    private Theme theme() throws Exception {
        Files.createDirectories(dossier.resolve("templates"));
        Files.writeString(dossier.resolve("templates/item.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><title>t</title></head>
                <body><p dossier:same-for="${page.value}" th:text="${page.value}">v</p></body></html>
                """);
        return new Theme(dossier);
    }

    private static void render(TemplateRenderer.Build build, int value) {
        build.render("item", Map.of("value", value), new Diagnostics()).orElseThrow();
    }

    /** The cache's first build, which has made one value's markup and finished. */
    private static TemplateRenderer.Build firstBuild(RenderCache cache, Theme theme, int value) {
        TemplateRenderer.Build first = cache.templates(theme, Map.of(), false);
        render(first, value);
        cache.finish();
        return first;
    }

    @Test
    void keepsTheMarkupOfSameForElementsWhileTheSettingsAreTheSame() throws Exception {
        RenderCache cache = new RenderCache();
        Theme theme = theme();
        TemplateRenderer.Build first = firstBuild(cache, theme, 1);

        assertThat(cache.templates(theme, Map.of(), true)).isSameAs(first);
        TemplateRenderer.Build afterNewSettings = cache.templates(theme, Map.of(), false);
        assertThat(afterNewSettings).isNotSameAs(first);
        assertThat(afterNewSettings.kept()).isZero();
        assertThat(cache.templates(theme, Map.of("style.css", "style.1234.css"), true)).isNotSameAs(afterNewSettings);
    }

    @Test
    void startsAfreshWhenItHasComeToKeepFarMoreThanTheFirstBuildMade() throws Exception {
        RenderCache cache = new RenderCache();
        Theme theme = theme();
        TemplateRenderer.Build first = firstBuild(cache, theme, 0);
        // Values that came and went in later builds, as an editor's edits leave them.
        for (int value = 1; value <= 1002; value++) {
            render(cache.templates(theme, Map.of(), true), value);
        }
        assertThat(first.kept()).isEqualTo(1003);
        assertThat(cache.templates(theme, Map.of(), true)).isNotSameAs(first);
    }
}
