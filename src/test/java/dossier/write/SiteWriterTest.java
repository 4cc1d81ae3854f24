package dossier.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.render.RenderedSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path folder;

    private static RenderedSite site(String... pathsAndTexts) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new RenderedSite(new TreeMap<>(files));
    }

    @Test
    void replacesTheWholeSiteAndLeavesNoStagingBehind() throws Exception {
        Path out = folder.resolve("site");
        new SiteWriter().write(site("index.html", "one", "old/index.html", "old"), out);
        new SiteWriter().write(site("index.html", "two"), out);
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve("old")).doesNotExist();
        try (var siblings = Files.list(folder)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void refusesPathsOutsideTheSiteAndKeepsThePreviousOne() throws Exception {
        Path out = folder.resolve("site");
        new SiteWriter().write(site("index.html", "good"), out);
        assertThatThrownBy(() -> new SiteWriter().write(site("../escaped.html", "bad"), out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(folder.resolve("escaped.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("good");
    }

    @Test
    void recoversTheSiteLeftBetweenTheTwoRenames() throws Exception {
        Path out = folder.resolve("site");
        Path backup = folder.resolve(".site.previous");
        Files.createDirectories(backup);
        Files.writeString(backup.resolve("index.html"), "last good");
        assertThatThrownBy(() -> new SiteWriter().write(site("/absolute.html", "bad"), out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("last good");
    }
}
