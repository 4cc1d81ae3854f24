package dossier.render;

import dossier.render.view.BodyHtml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where the template engine writes one page: characters encoded to UTF-8 in memory, a buffer at
 * a time. The JDK's writers lock on every call (a BufferedWriter, then the encoding writer behind
 * it), and the engine writes a page in thousands of small pieces; one page is written by one
 * thread, so this one does not lock. A lone surrogate is written as '?', as the JDK's writers do.
 * A thread keeps its writer from page to page ({@link #reset}): new buffers for each of 13,000
 * pages came to a twelfth of everything a 10,000-article build allocated.
 */
final class Utf8PageWriter extends Writer {
    private final char[] chars = new char[8 * 1024];
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * chars.length);
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteArrayOutputStream out;
    private int used;

    Utf8PageWriter(int expectedBytes) {
        this.out = new ByteArrayOutputStream(expectedBytes);
    }

    @Override
    public void write(int c) {
        if (used == chars.length) {
            encode(false);
        }
        chars[used++] = (char) c;
    }

    @Override
    public void write(char[] source, int offset, int length) {
        while (length > 0) {
            int n = room(length);
            System.arraycopy(source, offset, chars, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String source, int offset, int length) {
        while (length > 0) {
            int n = room(length);
            source.getChars(offset, offset + n, chars, used);
            used += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    /**
     * Writes a body's HTML as it is kept, already UTF-8, after what was written before it. A
     * high surrogate still waiting for its pair has none coming: it is written as '?', as it
     * would be were the body decoded and written as characters (its first character is never a
     * low surrogate, being decoded from UTF-8).
     */
    void writeUtf8(BodyHtml body) throws IOException {
        endCharacters();
        body.writeUtf8(out);
    }

    /** Writes markup already in UTF-8 after what was written before it, as {@link #writeUtf8(BodyHtml)}. */
    void writeUtf8(byte[] utf8) {
        endCharacters();
        out.write(utf8, 0, utf8.length);
    }

    /** Encodes every character written so far, before bytes are written as they are. */
    private void endCharacters() {
        encode(true);
        bytes.clear();
        encoder.flush(bytes);
        drain();
        encoder.reset();
    }

    /** How many of {@code wanted} characters fit now, after encoding the buffer if it is full. */
    private int room(int wanted) {
        if (used == chars.length) {
            encode(false);
        }
        return Math.min(wanted, chars.length - used);
    }

    /** The page so far, as UTF-8; the writer is finished with until {@link #reset}. */
    byte[] toByteArray() {
        endCharacters();
        return out.toByteArray();
    }

    /** Ready for a new page, whatever became of the last one (a template may have failed halfway). */
    Utf8PageWriter reset() {
        used = 0;
        bytes.clear();
        encoder.reset();
        out.reset();
        return this;
    }

    private void encode(boolean last) {
        CharBuffer pending = CharBuffer.wrap(chars, 0, used);
        CoderResult result = encoder.encode(pending, bytes, last);
        drain();
        // A high surrogate at the very end waits for its pair in the next buffer.
        int left = pending.remaining();
        if (result.isError() || left > 1) {
            throw new IllegalStateException("cannot encode a page: " + result);
        }
        if (left == 1) {
            chars[0] = chars[used - 1];
        }
        used = left;
    }

    private void drain() {
        out.write(bytes.array(), 0, bytes.position());
        bytes.clear();
    }

    @Override
    public void flush() {
        // Nothing to pass on until the page is complete.
    }

    @Override
    public void close() {
        // Memory only.
    }
}
