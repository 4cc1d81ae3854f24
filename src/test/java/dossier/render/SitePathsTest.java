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
    void aPageFolderNamesTheEntityPlacedThereAndNoOther() {
        for (Kind kind : Kind.values()) {
            EntityKey key = new EntityKey(kind, "x-1");
            assertThat(SitePaths.keyOf(SitePaths.of(key))).contains(key);
        }
        assertThat(SitePaths.keyOf("")).isEmpty();
        assertThat(SitePaths.keyOf("people/a/b/")).isEmpty();
        assertThat(SitePaths.keyOf("nowhere/a/")).isEmpty();
        assertThat(SitePaths.keyOf("people/a")).isEmpty();
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

    /** The relative address as the split-based way of making it made it, for every kind of path. */
    @Test
    void relativeAddressesAreWhatSplittingThePathsGave() {
        java.util.Random random = new java.util.Random(13);
        String[] parts = {"", "a", "b", "ab", "articles", "a-5", "people", "p-1", "x.html"};
        for (int round = 0; round < 50_000; round++) {
            String from = path(random, parts);
            String to = path(random, parts);
            assertThat(SitePaths.relative(from, to)).as("'%s' -> '%s'", from, to).isEqualTo(splitting(from, to));
        }
        assertThat(SitePaths.relative("articles/a-5/", "people/p-1/")).isEqualTo("../../people/p-1/");
        assertThat(SitePaths.relative("articles/a-5/", "articles/")).isEqualTo("../");
        assertThat(SitePaths.relative("", "")).isEqualTo("./");
    }

    private static String path(java.util.Random random, String[] parts) {
        StringBuilder path = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            path.append(parts[random.nextInt(parts.length)]).append(random.nextInt(6) == 0 ? "" : "/");
        }
        return path.toString();
    }

    /** How the address was made before: both paths split at '/', the common folders climbed over. */
    private static String splitting(String from, String to) {
        String[] fromParts = from.isEmpty() ? new String[0] : from.split("/");
        String[] toParts = to.isEmpty() ? new String[0] : to.split("/", -1);
        int common = 0;
        while (common < fromParts.length && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < fromParts.length; i++) {
            out.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            out.append(toParts[i]);
            if (i < toParts.length - 1) {
                out.append('/');
            }
        }
        return out.isEmpty() ? "./" : out.toString();
    }
}
