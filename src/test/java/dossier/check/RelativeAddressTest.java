package dossier.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RelativeAddressTest {
    @Test
    void resolvesAsAUriWould() {
        assertThat(RelativeAddress.resolve("articles/a/index.html", "../../people/b/")).isEqualTo("people/b/");
        assertThat(RelativeAddress.resolve("articles/a/index.html", "../../")).isEmpty();
        assertThat(RelativeAddress.resolve("index.html", "people/")).isEqualTo("people/");
        assertThat(RelativeAddress.resolve("articles/a/index.html", "./x.png")).isEqualTo("articles/a/x.png");
        assertThat(RelativeAddress.resolve("articles/a/index.html", "../../../x/"))
                .as("climbing above the root stays visible").isEqualTo("../x/");
        assertThat(RelativeAddress.resolve("index.html", "a%20b/")).as("escaped").isEqualTo("a b/");
    }

    /** Every plain path, resolved by counting segments, gives what java.net.URI gives. */
    @Test
    void countingSegmentsAgreesWithUriOnPlainPaths() {
        Random random = new Random(8);
        String[] pieces = {"..", ".", "a", "b.c", "x-1", "~u", "_"};
        String[] pages = {"index.html", "404.html", "articles/a/index.html", "p/index.html", "a/b/c/index.html"};
        List<String> compared = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder path = new StringBuilder();
            int length = 1 + random.nextInt(5);
            for (int j = 0; j < length; j++) {
                path.append(pieces[random.nextInt(pieces.length)]);
                if (j < length - 1 || random.nextBoolean()) {
                    path.append('/');
                }
            }
            String page = pages[random.nextInt(pages.length)];
            assertThat(RelativeAddress.isPlain(path.toString())).isTrue();
            assertThat(RelativeAddress.resolve(page, path.toString())).as(page + " + " + path)
                    .isEqualTo(RelativeAddress.byUri(page, path.toString()));
            compared.add(path.toString());
        }
        assertThat(compared).contains("../", "./", "a/../..");
        assertThat(RelativeAddress.isPlain("a//b")).isFalse();
        assertThat(RelativeAddress.isPlain("a+b")).isFalse();
    }

    @Test
    void tellsHowDeepAPageIsAndHowFarALinkClimbs() {
        assertThat(RelativeAddress.depth("index.html")).isZero();
        assertThat(RelativeAddress.depth("articles/a/index.html")).isEqualTo(2);
        assertThat(RelativeAddress.climbs("../../people/a/")).isEqualTo(2);
        assertThat(RelativeAddress.climbs("../..")).isEqualTo(2);
        assertThat(RelativeAddress.climbs("..a/")).isZero();
        assertThat(RelativeAddress.climbs("people/../../")).as("only those it starts with").isZero();
        assertThat(RelativeAddress.leavesThePageBehind("../../people/a/#m-1")).isTrue();
        assertThat(RelativeAddress.leavesThePageBehind("#top")).as("stays on its page").isFalse();
        assertThat(RelativeAddress.leavesThePageBehind("a%20b/")).isFalse();
        assertThat(RelativeAddress.leavesThePageBehind("https://example.org/")).isFalse();
    }
}
