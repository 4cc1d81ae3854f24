package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FilePiecesTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final FilePieces EXPORT = new FilePieces(List.of(utf8("{\"a\":["), utf8("1"), utf8(","), utf8("“2”"),
            utf8("]}\n")));

    @Test
    void aFileInPiecesIsItsPiecesOneAfterTheOther() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.writeTo(out);

        assertThat(EXPORT.joined()).isEqualTo(utf8("{\"a\":[1,“2”]}\n")).isEqualTo(out.toByteArray());
        assertThat(EXPORT.length()).isEqualTo(out.size());
        assertThat(new FilePieces(List.of()).joined()).isEmpty();
    }

    @Test
    void aCollectedSiteHoldsAFileWholeOrInPiecesAsLastWritten() {
        RenderedSite.Collector collector = new RenderedSite.Collector();
        collector.writeAll(new TreeMap<>(Map.of("index.html", utf8("<p>"), "dossier.json", utf8("{}"))));
        collector.writePieces("dossier.json", EXPORT);

        RenderedSite site = collector.site();
        assertThat(site.files()).containsOnlyKeys("index.html");
        assertThat(site.inPieces()).containsOnlyKeys("dossier.json");
        assertThat(site.has("dossier.json")).isTrue();
        assertThat(collector.read("dossier.json")).isEqualTo(EXPORT.joined());
        assertThat(site.everyFile()).containsOnlyKeys("index.html", "dossier.json");
        assertThat(site.everyFile().get("dossier.json")).isEqualTo(EXPORT.joined());

        collector.write("dossier.json", utf8("{}"));
        assertThat(collector.site().inPieces()).isEmpty();
        assertThat(collector.site().files().get("dossier.json")).isEqualTo(utf8("{}"));
    }
}
