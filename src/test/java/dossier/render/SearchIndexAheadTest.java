package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.bench.SyntheticDossier;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-off build begins the search index as soon as the bodies are rendered, while the graph is
 * built: the site is byte for byte the one the render makes with an index of its own, and an
 * index begun from other bodies than those rendered is never used.
 */
class SearchIndexAheadTest {
    @TempDir
    Path folder;

    @Test
    void anIndexBegunBeforeTheGraphGivesTheSiteTheRenderMakes() throws Exception {
        new SyntheticDossier(200, 3).writeDossier(folder);

        RenderedInMemory made = RenderedInMemory.render(folder, new Theme(folder));
        RenderedInMemory begun = RenderedInMemory.render(folder, new Theme(folder),
                (model, bodies) -> Optional.of(SearchIndexAhead.begin(model, bodies)));

        assertThat(made.files()).containsKey(SearchIndex.MANIFEST);
        assertSameFiles(begun, made);
    }

    @Test
    void anIndexBegunFromOtherBodiesIsMadeAgain() throws Exception {
        new SyntheticDossier(200, 3).writeDossier(folder);

        RenderedInMemory made = RenderedInMemory.render(folder, new Theme(folder));
        // Begun from no bodies, its documents would have no text: the render must not take it.
        RenderedInMemory begun = RenderedInMemory.render(folder, new Theme(folder),
                (model, bodies) -> Optional.of(SearchIndexAhead.begin(model, Map.of())));

        assertSameFiles(begun, made);
    }

    private static void assertSameFiles(RenderedInMemory actual, RenderedInMemory expected) {
        assertThat(actual.files().keySet()).isEqualTo(expected.files().keySet());
        expected.files().forEach((path, bytes) -> assertThat(actual.files().get(path)).as(path).isEqualTo(bytes));
    }
}
