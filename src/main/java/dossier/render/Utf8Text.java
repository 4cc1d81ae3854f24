package dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text kept as UTF-8. A Java string with one character beyond Latin-1 (a curly quotation mark)
 * takes two bytes for every character, and a large dossier holds the plain text of every body,
 * mostly ASCII, from the markdown stage until its search index is written.
 */
public final class Utf8Text {
    public static final Utf8Text EMPTY = new Utf8Text(new byte[0]);

    private final byte[] utf8;
    // Computed when first asked for and kept, as a string's is: serve keys the search terms of
    // every document by its text on every rebuild, and a build never asks. Threads that race to
    // it compute the same value.
    private int hash;

    private Utf8Text(byte[] utf8) {
        this.utf8 = utf8;
    }

    public static Utf8Text of(String text) {
        return text.isEmpty() ? EMPTY : new Utf8Text(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Text already encoded as UTF-8; the array is the text's from now on, and no one else's. */
    static Utf8Text ofUtf8(byte[] utf8) {
        return utf8.length == 0 ? EMPTY : new Utf8Text(utf8);
    }

    /**
     * The text's start, decoded: at least its first {@code bytes} bytes, or all of it, and never
     * half of a character.
     */
    String start(int bytes) {
        int end = Math.min(bytes, utf8.length);
        while (end < utf8.length && (utf8[end] & 0xC0) == 0x80) {
            end++;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    /** How many bytes the text has. */
    int length() {
        return utf8.length;
    }

    public boolean isEmpty() {
        return utf8.length == 0;
    }

    /** A copy of the text's UTF-8 bytes. */
    public byte[] toByteArray() {
        return utf8.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8Text text && Arrays.equals(utf8, text.utf8);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && utf8.length > 0) {
            h = Arrays.hashCode(utf8);
            hash = h;
        }
        return h;
    }

    /** The text, decoded again. */
    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
