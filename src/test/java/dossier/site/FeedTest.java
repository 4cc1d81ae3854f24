package dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed of the sample dossier parses and has every element RFC 4287 requires. */
class FeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path out;

    @Test
    void theFeedIsWellFormedAtomWithItsRequiredElements() throws Exception {
        assertThat(TestDossier.Run.of("build", "--source", ".", "--out", out.toString()).status()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : new String[] {"id", "title", "updated", "author"}) {
            assertThat(children(root, required)).as(required).isEqualTo(1);
        }
        OffsetDateTime.parse(text(root, "updated"));
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(5);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : new String[] {"id", "title", "updated", "link", "summary"}) {
                assertThat(children(entry, required)).as("entry " + i + " " + required).isEqualTo(1);
            }
            OffsetDateTime.parse(text(entry, "updated"));
            assertThat(text(entry, "id")).startsWith("https://");
        }
        // Newest first: the Ukrainska Pravda article of 30 October 2022, 10:00 Kyiv time.
        assertThat(text((Element) entries.item(0), "updated")).isEqualTo("2022-10-30T10:00:00+02:00");
    }

    private static int children(Element parent, String name) {
        int count = 0;
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                count++;
            }
        }
        return count;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
