package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.bench.SyntheticDossier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled theme writes every page exactly as Thymeleaf writes it, links and ids included:
 * whole sites rendered both ways are compared file by file.
 */
class CompiledThemeTest {
    @TempDir
    Path folder;

    @Test
    void theSampleDossierIsWrittenByteForByteAsThymeleafWritesIt() {
        assertSameAsThymeleaf(Path.of("."));
    }

    @Test
    void theFixtureDossierIsWrittenByteForByteAsThymeleafWritesIt() {
        assertSameAsThymeleaf(Path.of("src/test/resources/sites/basic"));
    }

    @Test
    void aSyntheticDossierIsWrittenByteForByteAsThymeleafWritesIt() throws Exception {
        new SyntheticDossier(300, 5).writeDossier(folder);
        assertSameAsThymeleaf(folder);
    }

    private static void assertSameAsThymeleaf(Path dossier) {
        RenderedInMemory thymeleaf = RenderedInMemory.render(dossier, new Theme(dossier).thymeleafOnly());
        RenderedInMemory compiled = RenderedInMemory.render(dossier, new Theme(dossier));

        // Every template was compiled, and no page was left to Thymeleaf: the comparison is of two renderers.
        assertThat(compiled.use().notCompiled()).isEmpty();
        assertThat(compiled.use().compiled()).contains("article", "home", "timeline");
        assertThat(compiled.use().fellBack()).isEmpty();
        assertThat(thymeleaf.use().compiled()).isEmpty();

        assertThat(compiled.files().keySet()).isEqualTo(thymeleaf.files().keySet());
        for (String path : thymeleaf.files().keySet()) {
            String expected = new String(thymeleaf.files().get(path), StandardCharsets.UTF_8);
            String actual = new String(compiled.files().get(path), StandardCharsets.UTF_8);
            assertThat(actual).as(() -> path + ", first difference:\n" + firstDifference(expected, actual)).isEqualTo(expected);
        }
        assertThat(compiled.links()).isEqualTo(thymeleaf.links());
    }

    /** The first line where two pages differ, with the line before it, as Thymeleaf wrote them and as compiled. */
    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < Math.min(want.length, got.length) && want[line].equals(got[line])) {
            line++;
        }
        int from = Math.max(0, line - 1);
        return "Thymeleaf, line " + (from + 1) + ":\n" + String.join("\n",
                java.util.Arrays.copyOfRange(want, from, Math.min(want.length, line + 2)))
                + "\ncompiled:\n" + String.join("\n", java.util.Arrays.copyOfRange(got, from, Math.min(got.length, line + 2)));
    }
}
