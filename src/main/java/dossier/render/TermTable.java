package dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The search terms of a run of documents, each with the numbers of the documents that hold it:
 * what {@link SearchIndex#termsOf} finds, gathered straight into postings. A build meets every
 * word of every body here; a term is looked up by its bytes where the text has it, and becomes a
 * string once for the run, not once for every document that holds it (at 10,000 articles, some
 * five million strings and as many hash map look-ups fewer).
 */
final class TermTable {
    // Each term's UTF-8 bytes, one after the other.
    private byte[] pool = new byte[1 << 14];
    private int poolSize;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int[] hashes = new int[1024];
    // The last document each term was met in, so that a document counts once.
    private int[] lastDocument = new int[1024];
    private SearchIndex.Postings[] postings = new SearchIndex.Postings[1024];
    private int count;
    // Open addressing: each slot holds 1 + the index of a term, or 0; kept at most half full.
    private int[] slots = new int[2048];

    /**
     * Adds the terms of one text of a document, given as UTF-8 that this may change. Documents
     * are added in ascending order of their numbers, so each term's numbers come out ascending.
     */
    void add(int document, byte[] utf8) {
        SearchIndex.words(utf8, (start, length, hash) -> add(document, utf8, start, length, hash), (from, to) -> {
            for (String term : SearchIndex.generalTerms(new String(utf8, from, to - from, StandardCharsets.UTF_8))) {
                byte[] bytes = term.getBytes(StandardCharsets.UTF_8);
                add(document, bytes, 0, bytes.length, hash(bytes));
            }
        });
    }

    /** Every term met, with its postings. */
    Map<String, SearchIndex.Postings> postings() {
        Map<String, SearchIndex.Postings> all = new HashMap<>(count * 2);
        for (int index = 0; index < count; index++) {
            all.put(new String(pool, starts[index], lengths[index], StandardCharsets.UTF_8), postings[index]);
        }
        return all;
    }

    private void add(int document, byte[] text, int start, int length, int hash) {
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        for (; ; slot = (slot + 1) & mask) {
            int held = slots[slot] - 1;
            if (held < 0) {
                break;
            }
            if (hashes[held] == hash && lengths[held] == length && same(pool, starts[held], text, start, length)) {
                if (lastDocument[held] != document) {
                    lastDocument[held] = document;
                    postings[held].add(document);
                }
                return;
            }
        }
        if (count == starts.length) {
            int grown = count * 2;
            starts = Arrays.copyOf(starts, grown);
            lengths = Arrays.copyOf(lengths, grown);
            hashes = Arrays.copyOf(hashes, grown);
            lastDocument = Arrays.copyOf(lastDocument, grown);
            postings = Arrays.copyOf(postings, grown);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(text, start, pool, poolSize, length);
        starts[count] = poolSize;
        lengths[count] = length;
        hashes[count] = hash;
        lastDocument[count] = document;
        SearchIndex.Postings numbers = new SearchIndex.Postings();
        numbers.add(document);
        postings[count] = numbers;
        poolSize += length;
        slots[slot] = ++count;
        if (2 * count > slots.length) {
            rehash();
        }
    }

    /**
     * Whether two runs of bytes of this length are the same. Most terms are a few bytes long, for
     * which Arrays.equals's range checks and call cost the quick compiler's code more than the
     * comparing does. {@link AsciiTerms} compares its terms so too.
     */
    static boolean same(byte[] a, int from, byte[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (a[from + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int index = 0; index < count; index++) {
            int slot = mix(hashes[index]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index + 1;
        }
    }

    private static int hash(byte[] bytes) {
        int hash = 0;
        for (byte b : bytes) {
            hash = 31 * hash + b;
        }
        return hash;
    }

    /** Spreads a hash's low bits, which open addressing uses, as HashMap does; AsciiTerms's table too. */
    static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
