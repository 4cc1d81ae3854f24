package dossier.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnwrittenSiteTest {
    @Test
    void notesWhenAPageIsWantedBack() {
        UnwrittenSite site = new UnwrittenSite();
        site.write("articles/a/index.html", new byte[] {1});
        assertThat(site.pageWanted()).isFalse();
        assertThat(site.read("articles/a/index.html")).isEmpty();
        assertThat(site.pageWanted()).isTrue();
    }

    @Test
    void refusesThePathsAStagingFolderRefuses() {
        UnwrittenSite site = new UnwrittenSite();
        assertThatThrownBy(() -> site.write("../outside.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.write("/etc/passwd", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
