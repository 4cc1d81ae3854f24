package dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distinct search terms of ASCII text, where letters and digits are a-z, A-Z and 0-9: the
 * words of two to forty of them, in lower case, in order of first appearance. It reads one byte
 * array, and makes a string only for a word it has not met before in this text: a body of 800
 * words has a few hundred distinct ones.
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
    static List<String> of(String ascii) {
        AsciiTerms scan = new AsciiTerms(ascii.getBytes(StandardCharsets.ISO_8859_1));
        SearchIndex.words(scan.text, (start, length, hash) -> scan.add(start, start + length, hash), (from, to) -> {
            throw new IllegalArgumentException("not ASCII: " + ascii);
        });
        return scan.terms;
    }

    /** Where {@link SearchIndex#words} hands each word: its place in the text, and its string hash. */
    interface Words {
        void word(int start, int length, int hash);
    }

    private void add(int start, int end, int hash) {
        int mask = slots.length - 1;
        int length = end - start;
        for (int slot = TermTable.mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int held = slots[slot] - 1;
            if (held < 0) {
                break;
            }
            int heldStart = starts[held];
            if (hashes[held] == hash && terms.get(held).length() == length
                    && TermTable.same(text, heldStart, text, start, length)) {
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
        int slot = TermTable.mix(hashes[index]) & mask;
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
}
