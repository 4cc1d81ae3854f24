package dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distinct search terms of ASCII text, where letters and digits are a-z, A-Z and 0-9: the
 * words of {@code minLength} to {@code maxLength} of them, in lower case, in order of first
 * appearance. Most text is ASCII and this runs over every word of every body, so it reads one
 * byte array, and makes a string only for a word it has not met before in this text: a body of
 * 800 words has a few hundred distinct ones.
 */
final class AsciiTerms {
    private final byte[] text;
    private final List<String> terms = new ArrayList<>();
    // Open addressing: each slot holds 1 + the index of a term, or 0; the table is kept at most half full.
    private int[] slots = new int[1024];
    private int[] starts = new int[512];
    private int[] hashes = new int[512];

    private AsciiTerms(byte[] text) {
        this.text = text;
    }

    /** @param ascii text with no character beyond U+007F */
    static List<String> of(String ascii, int minLength, int maxLength) {
        byte[] text = ascii.getBytes(StandardCharsets.ISO_8859_1);
        return of(text, 0, text.length, minLength, maxLength);
    }

    /** The terms of the ASCII bytes {@code text[from, to)}, which are lower-cased in place. */
    static List<String> of(byte[] text, int from, int to, int minLength, int maxLength) {
        AsciiTerms scan = new AsciiTerms(text);
        words(text, from, to, minLength, maxLength, (start, length, hash) -> scan.add(start, start + length, hash));
        return scan.terms;
    }

    /** Where {@link #words} hands each word: its place in the text, and its string hash. */
    interface Words {
        void word(int start, int length, int hash);
    }

    /**
     * Lower-cases the ASCII bytes {@code text[from, to)} in place and hands each word of
     * {@code minLength} to {@code maxLength} letters and digits to {@code words}, in order.
     */
    static void words(byte[] text, int from, int to, int minLength, int maxLength, Words words) {
        int start = -1;
        int hash = 0;
        for (int i = from; i < to; i++) {
            byte c = text[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                text[i] = c;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c;
            } else if (start >= 0) {
                if (i - start >= minLength && i - start <= maxLength) {
                    words.word(start, i - start, hash);
                }
                start = -1;
            }
        }
        if (start >= 0 && to - start >= minLength && to - start <= maxLength) {
            words.word(start, to - start, hash);
        }
    }

    private void add(int start, int end, int hash) {
        int mask = slots.length - 1;
        int length = end - start;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int held = slots[slot] - 1;
            if (held < 0) {
                break;
            }
            int heldStart = starts[held];
            if (hashes[held] == hash && terms.get(held).length() == length
                    && Arrays.equals(text, heldStart, heldStart + length, text, start, end)) {
                return;
            }
        }
        int index = terms.size();
        if (index == starts.length) {
            starts = Arrays.copyOf(starts, index * 2);
            hashes = Arrays.copyOf(hashes, index * 2);
        }
        starts[index] = start;
        hashes[index] = hash;
        terms.add(new String(text, start, length, StandardCharsets.ISO_8859_1));
        if (2 * terms.size() > slots.length) {
            rehash();
        } else {
            place(index, mask);
        }
    }

    private void place(int index, int mask) {
        int slot = mix(hashes[index]) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int index = 0; index < terms.size(); index++) {
            place(index, slots.length - 1);
        }
    }

    /** Spreads a string hash's low bits, which open addressing uses, as HashMap does. */
    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
