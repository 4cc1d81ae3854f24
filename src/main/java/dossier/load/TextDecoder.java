package dossier.load;

import dossier.diagnostic.Diagnostics;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns file bytes into text the rest of the pipeline can count lines in: strict UTF-8 (a bad
 * byte is reported with its line, never replaced silently), no byte-order mark, and {@code \n}
 * for every CRLF or lone CR, so that line and column numbers match what an editor's editor shows.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    static Optional<String> decode(String path, byte[] bytes, Diagnostics diagnostics) {
        // The JDK's own decoding copies ASCII and Latin-1 text straight into a compact string; a
        // charset decoder fills a buffer of twice the file's size first, then copies that. It only
        // replaces a bad byte, always with U+FFFD: without one in the text, no byte was bad.
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? Optional.of(tidy(text)) : decodeStrictly(path, bytes, diagnostics);
    }

    private static Optional<String> decodeStrictly(String path, byte[] bytes, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            diagnostics.error(path, line, column, "the file is not valid UTF-8",
                    "save it as UTF-8 in your editor");
            return Optional.empty();
        }
        out.flip();
        return Optional.of(tidy(out.toString()));
    }

    private static String tidy(String decoded) {
        return normaliseLineEndings(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded);
    }

    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
