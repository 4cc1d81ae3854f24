package dossier.render;

import dossier.render.view.BodyHtml;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where one page is written: characters encoded to UTF-8 as they come, into a growing array.
 * The JDK's writers lock on every call (a BufferedWriter, then the encoding writer behind it),
 * and a page is written in thousands of small pieces; one page is written by one thread, so this
 * one does not lock. It encodes as the JDK's UTF-8 encoder does where it replaces what it cannot
 * encode: a surrogate pair split between two writes is one character, a lone surrogate is
 * written as '?'. A thread keeps its writer from page to page ({@link #reset}): new buffers for
 * each of 13,000 pages came to a twelfth of everything a 10,000-article build allocated.
 */
final class Utf8PageWriter extends Writer {
    private static final byte REPLACEMENT = '?';
    // The characters that mean something in markup, all below 64: & < > " and '.
    private static final long MARKUP = 1L << '&' | 1L << '<' | 1L << '>' | 1L << '"' | 1L << '\'';
    private static final byte[] AMP = "&amp;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LT = "&lt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GT = "&gt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOT = "&quot;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] APOS = "&#39;".getBytes(StandardCharsets.US_ASCII);
    // From this many characters on, a text is encoded by the JDK and copied in one piece.
    private static final int BULK = 16;
    private byte[] bytes;
    private int size;
    // A high surrogate written last, waiting for its low surrogate; 0 when none waits.
    private char high;
    private final Sink sink = new Sink();

    /** The page's bytes as a stream, for a body that writes itself. */
    private final class Sink extends OutputStream {
        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            room(length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
        }
    }

    Utf8PageWriter(int expectedBytes) {
        this.bytes = new byte[Math.max(expectedBytes, 16)];
    }

    @Override
    public void write(int c) {
        room(4);
        encode((char) c);
    }

    @Override
    public void write(char[] source, int offset, int length) {
        room(3 * length + 1);
        for (int i = offset; i < offset + length; i++) {
            char c = source[i];
            if (c < 0x80 && high == 0) {
                bytes[size++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    @Override
    public void write(String source, int offset, int length) {
        if (length >= BULK && high == 0 && !Character.isLowSurrogate(source.charAt(offset))
                && !Character.isHighSurrogate(source.charAt(offset + length - 1))) {
            // The JDK's own encoding and one copy: a character at a time costs more in the quick
            // compiler's code than these do. With no surrogate that could pair with another write's,
            // a lone one is '?' either way.
            byte[] encoded = (offset == 0 && length == source.length() ? source : source.substring(offset, offset + length))
                    .getBytes(StandardCharsets.UTF_8);
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
            return;
        }
        room(3 * length + 1);
        for (int i = offset; i < offset + length; i++) {
            char c = source.charAt(i);
            if (c < 0x80 && high == 0) {
                bytes[size++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    @Override
    public void write(String source) {
        write(source, 0, source.length());
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    /**
     * Writes text as the text of markup, escaped as Thymeleaf's {@code th:text} escapes it
     * (unbescape's {@code escapeHtml4Xml}): {@code & < > "} as their named references and
     * {@code '} as {@code &#39;}, every other character as it is. In one pass: escaping into a
     * new string and then encoding that read every text twice and copied it twice.
     */
    void writeEscaped(String text) {
        int length = text.length();
        room(3 * length + 1);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (high != 0 && !Character.isLowSurrogate(c)) {
                high = 0;
                bytes[size++] = REPLACEMENT; // in the room the lone surrogate was given
            }
            if (c >= 0x80) {
                encode(c);
            } else if (c < 64 && (MARKUP >>> c & 1) != 0) {
                byte[] reference = c == '&' ? AMP : c == '<' ? LT : c == '>' ? GT : c == '"' ? QUOT : APOS;
                room(3 * (length - i) + reference.length);
                System.arraycopy(reference, 0, bytes, size, reference.length);
                size += reference.length;
            } else {
                bytes[size++] = (byte) c;
            }
        }
    }

    /** One character, with room for it made: a pair's high surrogate waits for its low one. */
    private void encode(char c) {
        if (high != 0) {
            char waiting = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(waiting, c);
                bytes[size++] = (byte) (0xF0 | (code >> 18));
                bytes[size++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (code & 0x3F));
                return;
            }
            bytes[size++] = REPLACEMENT;
            room(3);
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = REPLACEMENT;
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /**
     * Writes a body's HTML as it is kept, already UTF-8, after what was written before it. A
     * high surrogate still waiting for its pair has none coming: it is written as '?', as it
     * would be were the body decoded and written as characters (its first character is never a
     * low surrogate, being decoded from UTF-8).
     */
    void writeUtf8(BodyHtml body) {
        endCharacters();
        try {
            body.writeUtf8(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
    }

    /** Writes markup already in UTF-8 after what was written before it, as {@link #writeUtf8(BodyHtml)}. */
    void writeUtf8(byte[] utf8) {
        endCharacters();
        sink.write(utf8, 0, utf8.length);
    }

    /** Where the page is now, in bytes: what is written from here on is {@link #since} it. */
    int position() {
        endCharacters();
        return size;
    }

    /** What was written since a {@link #position}, as UTF-8. */
    byte[] since(int position) {
        endCharacters();
        return Arrays.copyOfRange(bytes, position, size);
    }

    /** A high surrogate still waiting has no pair coming. */
    private void endCharacters() {
        if (high != 0) {
            high = 0;
            room(1);
            bytes[size++] = REPLACEMENT;
        }
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The page so far, as UTF-8; the writer is finished with until {@link #reset}. */
    byte[] toByteArray() {
        endCharacters();
        return Arrays.copyOf(bytes, size);
    }

    /** Ready for a new page, whatever became of the last one (a template may have failed halfway). */
    Utf8PageWriter reset() {
        size = 0;
        high = 0;
        return this;
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
