package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page records as the templates read them: nested maps, where a lacking text is empty. */
class ViewMapsTest {
    record Link(String href, String text) {
    }

    record Page(String title, String summary, List<Link> links, Link home) {
        public String heading() {
            return title.toUpperCase();
        }
    }

    @Test
    void aRecordBecomesAMapOfItsComponentsAndMethods() {
        Map<?, ?> page = (Map<?, ?>) new ViewMaps().of(new Page("Title", null, List.of(new Link("a/", "A")), null));

        assertThat(page.get("title")).isEqualTo("Title");
        assertThat(page.get("heading")).isEqualTo("TITLE");
        assertThat(page.get("links")).isEqualTo(List.of(Map.of("href", "a/", "text", "A")));
        // A text the record lacks is empty, as a template's ${page.summary} != '' expects; anything else stays null.
        assertThat(page.get("summary")).isEqualTo("");
        assertThat(page.get("home")).isNull();
        assertThatThrownBy(() -> page.get("subtitle")).hasMessageContaining("the page model Page has no property 'subtitle'");
    }

    record Fragile(String text) {
        public String broken() {
            throw new IllegalStateException("read");
        }
    }

    /** Nothing is read until a template asks for it: the unchanged runs of serve's long lists never are. */
    @Test
    void entriesAreReadWhenAskedFor() {
        Map<?, ?> fragile = (Map<?, ?>) new ViewMaps().of(new Fragile("a"));
        List<?> list = (List<?>) new ViewMaps().of(List.of(new Fragile("b")));

        assertThat(fragile.get("text")).isEqualTo("a");
        assertThat(fragile.containsKey("broken")).isTrue();
        assertThatThrownBy(() -> fragile.get("broken")).hasRootCauseMessage("read");
        assertThat(list).hasSize(1);
        assertThat(((Map<?, ?>) list.get(0)).get("text")).isEqualTo("b");
    }

    /** What dossier:same-for looks up: a record's map is equal to an equal record's, and hashes as the record. */
    @Test
    void aRecordsMapIsEqualWhereTheRecordIs() {
        ViewMaps maps = new ViewMaps();
        Object link = maps.of(new Link("a/", "A"));

        assertThat(link).isEqualTo(maps.of(new Link("a/", "A"))).hasSameHashCodeAs(new Link("a/", "A"))
                .isNotEqualTo(maps.of(new Link("b/", "A")));
        assertThat(maps.of(List.of(new Link("a/", "A")))).isEqualTo(maps.of(List.of(new Link("a/", "A"))))
                .hasSameHashCodeAs(maps.of(List.of(new Link("a/", "A"))));
    }
}
