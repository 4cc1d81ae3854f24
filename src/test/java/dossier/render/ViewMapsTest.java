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
}
