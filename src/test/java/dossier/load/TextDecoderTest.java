package dossier.load;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        byte[] bytes = "name: A \uFFFD sign\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode("content/people/a.yaml", bytes, diagnostics)).hasValue("name: A \uFFFD sign\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aBadByteIsReportedWhereItStands() {
        byte[] bytes = {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xE9, 't', (byte) 0xC3};
        assertThat(TextDecoder.decode("content/people/a.yaml", bytes, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::format).asString()
                .startsWith("content/people/a.yaml:2:4: error: the file is not valid UTF-8");
    }

    @Test
    void theByteOrderMarkIsDroppedAndEveryLineEndsInANewline() {
        byte[] bytes = "\uFEFFa: é\r\nb: c\rd: e\n".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode("content/people/a.yaml", bytes, diagnostics)).hasValue("a: é\nb: c\nd: e\n");
    }
}
