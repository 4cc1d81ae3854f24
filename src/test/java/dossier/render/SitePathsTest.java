package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.EntityKey;
import dossier.model.Kind;
import org.junit.jupiter.api.Test;

class SitePathsTest {
    @Test
    void entitiesLiveInTheirCollectionAndPagesAtTheTop() {
        assertThat(SitePaths.of(new EntityKey(Kind.PERSON, "dmitry-peskov"))).isEqualTo("people/dmitry-peskov/");
        assertThat(SitePaths.of(new EntityKey(Kind.PAGE, "about"))).isEqualTo("about/");
    }

    @Test
    void linksAreRelativeSoTheSiteWorksUnderASubPath() {
        assertThat(SitePaths.relative("articles/a/", "people/b/")).isEqualTo("../../people/b/");
        assertThat(SitePaths.relative("articles/a/", "articles/b/")).isEqualTo("../b/");
        assertThat(SitePaths.relative("articles/a/", "articles/a/")).isEqualTo("./");
        assertThat(SitePaths.relative("articles/", "articles/b/")).isEqualTo("b/");
        assertThat(SitePaths.relative("", "people/b/")).isEqualTo("people/b/");
        assertThat(SitePaths.relative("about/", "search/index.json")).isEqualTo("../search/index.json");
        assertThat(SitePaths.root("articles/a/")).isEqualTo("../../");
        assertThat(SitePaths.root("")).isEqualTo("./");
    }
}
