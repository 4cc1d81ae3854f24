package dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dossier.markdown.PlainText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The search index, built here at build time and split so that a query downloads only a small
 * part of it: {@code search/index.json} is a manifest; each {@code search/terms/HEX.json} holds
 * the terms that start with the same two characters (HEX is their UTF-8 in hexadecimal) with the
 * numbers of the documents that contain them, delta-encoded; each {@code search/docs/N.json}
 * holds the kind, title, address and opening text of {@value #CHUNK} documents. The search
 * script normalises a query exactly as {@link #terms} does.
 */
final class SearchIndex {
    static final String MANIFEST = "search/index.json";
    static final int CHUNK = 100;
    private static final int MIN_TERM = 2;
    private static final int MAX_TERM = 40;
    private static final int SNIPPET = 200;
    // A snippet's characters take at most four bytes each, and most take one.
    private static final int SNIPPET_BYTES = 4 * (SNIPPET + 1);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int BLOCK = 256;
    private static final JsonFactory JSON = new JsonFactory();

    /** One searchable page: its kind, title, address relative to the site root, and text. */
    record Document(String kind, String title, String url, Utf8Text text) {
        Document(String kind, String title, String url, String text) {
            this(kind, title, url, Utf8Text.of(text));
        }
    }

    private final List<Document> documents;
    private final SortedMap<String, SortedMap<String, Postings>> shards;

    private SearchIndex(List<Document> documents, SortedMap<String, SortedMap<String, Postings>> shards) {
        this.documents = new ArrayList<>(documents);
        this.shards = shards;
    }

    /** Every file of the index, by site path. */
    static SortedMap<String, String> files(List<Document> documents) {
        return of(documents).files();
    }

    /** The index of these documents, for a build: their terms gathered straight into postings. */
    static SearchIndex of(List<Document> documents) {
        return of(documents, (from, to) -> {
            TermTable table = new TermTable();
            for (int number = from; number < to; number++) {
                table.add(number, documents.get(number).title().getBytes(StandardCharsets.UTF_8));
                table.add(number, documents.get(number).text().toByteArray());
            }
            return table.postings();
        });
    }

    /**
     * The index of these documents, with each document's terms as given: serve keeps them from
     * one build to the next.
     *
     * @param termsOf a document's distinct terms in order of appearance: {@link #termsOf}, or a
     *                cache of it
     */
    static SearchIndex of(List<Document> documents, Function<Document, String[]> termsOf) {
        return of(documents, (from, to) -> postingsOf(documents, from, to, termsOf));
    }

    /** The postings of the documents numbered from one number up to another. */
    private interface BlockPostings {
        Map<String, Postings> of(int from, int to);
    }

    private static SearchIndex of(List<Document> documents, BlockPostings blockPostings) {
        // Terms are found on every core, a block of documents at a time, and merged in document
        // order, so each term's numbers come out ascending whatever the number of threads. Hash
        // maps take the millions of insertions; sorting happens once, at the end.
        Map<String, Postings> postings = new HashMap<>();
        IntStream.range(0, (documents.size() + BLOCK - 1) / BLOCK).parallel()
                .mapToObj(block -> blockPostings.of(block * BLOCK, Math.min((block + 1) * BLOCK, documents.size())))
                .forEachOrdered(block -> block.forEach((term, numbers) ->
                        postings.computeIfAbsent(term, t -> new Postings()).addAll(numbers)));
        SortedMap<String, SortedMap<String, Postings>> shards = new TreeMap<>();
        postings.forEach((term, numbers) -> shards.computeIfAbsent(shard(term), s -> new TreeMap<>()).put(term, numbers));
        return new SearchIndex(documents, shards);
    }

    /** The documents, in the order they are numbered. */
    List<Document> documents() {
        return Collections.unmodifiableList(documents);
    }

    /** Every file of the index, by site path. */
    SortedMap<String, String> files() {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(MANIFEST, manifest());
        shards.keySet().forEach(shard -> files.put(shardPath(shard), shardFile(shard)));
        for (int chunk = 0; chunk * CHUNK < documents.size(); chunk++) {
            files.put(chunkPath(chunk), chunkFile(chunk));
        }
        return files;
    }

    /** What the search script reads first: how many documents, in chunks of how many, and the shards. */
    private String manifest() {
        return write(json -> {
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeNumberField("documents", documents.size());
            json.writeNumberField("chunk", CHUNK);
            json.writeArrayFieldStart("shards");
            for (String shard : shards.keySet()) {
                json.writeString(shard);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The files of the index that a replaced document changed: written anew, or removed. */
    record Changes(SortedMap<String, String> written, SortedSet<String> removed) {
    }

    /**
     * For serve: puts {@code document} in place of the one at the same address, given the terms of
     * both, and returns the files that changed: the shards and the chunk that hold it, and the
     * manifest when a shard appeared (a word whose first letters no other has) or was left with
     * no term, whose file is then removed. Empty, with nothing changed, when the old terms are not
     * the document's in this index.
     */
    Optional<Changes> replace(Document document, String[] oldTerms, String[] newTerms) {
        int number = IntStream.range(0, documents.size())
                .filter(i -> documents.get(i).url().equals(document.url())).findFirst().orElse(-1);
        if (number < 0) {
            return Optional.empty();
        }
        Set<String> removed = new LinkedHashSet<>(Arrays.asList(oldTerms));
        Set<String> added = new LinkedHashSet<>(Arrays.asList(newTerms));
        removed.removeAll(Set.of(newTerms));
        added.removeAll(Set.of(oldTerms));
        for (String term : removed) {
            Postings numbers = shards.getOrDefault(shard(term), new TreeMap<>()).get(term);
            if (numbers == null || numbers.indexOf(number) < 0) {
                return Optional.empty();
            }
        }
        Set<String> touched = new TreeSet<>();
        for (String term : removed) {
            SortedMap<String, Postings> terms = shards.get(shard(term));
            Postings numbers = terms.get(term);
            numbers.remove(number);
            if (numbers.size == 0) {
                terms.remove(term);
            }
            touched.add(shard(term));
        }
        boolean appeared = false;
        for (String term : added) {
            appeared |= !shards.containsKey(shard(term));
            shards.computeIfAbsent(shard(term), shard -> new TreeMap<>())
                    .computeIfAbsent(term, t -> new Postings()).insert(number);
            touched.add(shard(term));
        }
        documents.set(number, document);
        SortedMap<String, String> files = new TreeMap<>();
        SortedSet<String> gone = new TreeSet<>();
        for (String shard : touched) {
            if (shards.get(shard).isEmpty()) {
                shards.remove(shard);
                gone.add(shardPath(shard));
            } else {
                files.put(shardPath(shard), shardFile(shard));
            }
        }
        if (appeared || !gone.isEmpty()) {
            files.put(MANIFEST, manifest());
        }
        files.put(chunkPath(number / CHUNK), chunkFile(number / CHUNK));
        return Optional.of(new Changes(files, gone));
    }

    private static String shardPath(String shard) {
        return "search/terms/" + shard + ".json";
    }

    private String shardFile(String shard) {
        return write(json -> {
            json.writeStartObject();
            for (Map.Entry<String, Postings> term : shards.get(shard).entrySet()) {
                json.writeArrayFieldStart(term.getKey());
                int previous = 0;
                Postings numbers = term.getValue();
                for (int i = 0; i < numbers.size; i++) {
                    json.writeNumber(numbers.numbers[i] - previous);
                    previous = numbers.numbers[i];
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    private static String chunkPath(int chunk) {
        return "search/docs/" + chunk + ".json";
    }

    private String chunkFile(int chunk) {
        List<Document> part = documents.subList(chunk * CHUNK, Math.min((chunk + 1) * CHUNK, documents.size()));
        return write(json -> {
            json.writeStartArray();
            for (Document document : part) {
                json.writeStartObject();
                json.writeStringField("k", document.kind());
                json.writeStringField("t", document.title());
                json.writeStringField("u", document.url());
                json.writeStringField("s", snippet(document.text()));
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /**
     * The start of a text as search results show it: tidied as {@link PlainText#of} tidies, at
     * most {@value #SNIPPET} characters, with an ellipsis when there is more.
     */
    static String snippet(String text) {
        String shown = PlainText.tidyStart(text, SNIPPET);
        return shown.length() <= SNIPPET ? shown : shown.substring(0, SNIPPET).strip() + "…";
    }

    /**
     * The snippet of a body's text, decoding no more of it than the snippet can come from:
     * where tidying the text's start gives more than a snippet's length, the rest of the text
     * could not change it; else the whole text is decoded.
     */
    static String snippet(Utf8Text text) {
        if (text.length() > SNIPPET_BYTES) {
            String shown = PlainText.tidyStart(text.start(SNIPPET_BYTES), SNIPPET);
            if (shown.length() > SNIPPET) {
                return shown.substring(0, SNIPPET).strip() + "…";
            }
        }
        return snippet(text.toString());
    }

    static String[] termsOf(Document document) {
        return terms(document.title() + " " + document.text()).toArray(String[]::new);
    }

    private static Map<String, Postings> postingsOf(List<Document> documents, int from, int to,
                                                    Function<Document, String[]> termsOf) {
        Map<String, Postings> postings = new HashMap<>();
        for (int number = from; number < to; number++) {
            for (String term : termsOf.apply(documents.get(number))) {
                postings.computeIfAbsent(term, t -> new Postings()).add(number);
            }
        }
        return postings;
    }

    /**
     * The distinct search terms of a text: lower case, without accents, two to forty letters or
     * digits. The same as the search script's {@code toLowerCase().normalize("NFD")}, removing
     * {@code \p{M}}, and splitting on {@code [^\p{L}\p{N}]+}; scanned by hand because the
     * regular expressions took a tenth of a large build.
     */
    static List<String> terms(String text) {
        // An ASCII text's lower case is its ASCII lower case; a text that only becomes ASCII in
        // lower case (the Kelvin sign) takes the general path, which finds the same terms.
        if (isAscii(text)) {
            return AsciiTerms.of(text);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Set<String> terms = new LinkedHashSet<>();
        words(utf8, (start, length, hash) -> terms.add(new String(utf8, start, length, StandardCharsets.ISO_8859_1)),
                (from, to) -> terms.addAll(generalTerms(new String(utf8, from, to - from, StandardCharsets.UTF_8))));
        return List.copyOf(terms);
    }

    /** A stretch of a text's UTF-8 bytes, from one index up to another. */
    interface Stretch {
        void of(int from, int to);
    }

    /**
     * Hands over, in order, the ASCII words of UTF-8 text (letters and digits are a-z, A-Z and
     * 0-9; two to forty of them, in lower case), and, in their place, the pieces that hold a
     * character beyond ASCII. Most such text is ASCII words with a few curly quotes, dashes or
     * accented names: only the pieces between ASCII white space that hold a character beyond
     * ASCII need the general path of {@link #terms} (three times slower). White space ends every
     * term, and neither lower case (a final sigma looks for the end of its word) nor NFD looks
     * across it, so the words and pieces give the terms the whole text gives, in the same order.
     * Read as bytes, since every byte of a character beyond ASCII is, and no ASCII byte is, 0x80
     * or more: a body's text is kept as UTF-8 and need not be decoded. In one pass, a piece's
     * words held back until the white space that ends it shows whether the piece is all ASCII:
     * cutting the pieces first was a pass of its own over every body, a fifth of the index's
     * time. ASCII capitals are made lower case in place, as the general path makes them too.
     */
    static void words(byte[] utf8, AsciiTerms.Words ascii, Stretch beyondAscii) {
        int pieceStart = 0;
        boolean beyond = false;
        // The words of the piece being read, three ints each: start, length and hash.
        int[] held = new int[3 * 4];
        int heldCount = 0;
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= utf8.length; i++) {
            byte c = i < utf8.length ? utf8[i] : (byte) ' ';
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                utf8[i] = c;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c;
                continue;
            }
            if (start >= 0) {
                if (!beyond && i - start >= MIN_TERM && i - start <= MAX_TERM) {
                    if (heldCount == held.length) {
                        held = Arrays.copyOf(held, heldCount * 2);
                    }
                    held[heldCount++] = start;
                    held[heldCount++] = i - start;
                    held[heldCount++] = hash;
                }
                start = -1;
            }
            if (c < 0) {
                beyond = true;
            } else if (isSpace(c)) {
                if (beyond) {
                    beyondAscii.of(pieceStart, i);
                    beyond = false;
                } else {
                    for (int k = 0; k < heldCount; k += 3) {
                        ascii.word(held[k], held[k + 1], held[k + 2]);
                    }
                }
                heldCount = 0;
                pieceStart = i + 1;
            }
        }
    }

    /** {@link #terms}, the general way: for text with characters beyond ASCII. */
    static List<String> generalTerms(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        Set<String> terms = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i < plain.length(); ) {
            int codePoint = plain.codePointAt(i);
            boolean word = isLetterOrNumber(codePoint);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                addTerm(terms, plain, start, i);
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            addTerm(terms, plain, start, plain.length());
        }
        return List.copyOf(terms);
    }

    private static void addTerm(Set<String> terms, String text, int start, int end) {
        if (end - start >= MIN_TERM && end - start <= MAX_TERM) {
            terms.add(text.substring(start, end));
        }
    }

    // ' ', '\t', '\n', '\f' or '\r': the last four are 9 to 13 but for 11, and so written the test
    // is small enough for the quick compiler to inline (PlainText.isSpace); its calls were a
    // tenth of the search index's time at 10,000 articles.
    private static boolean isSpace(byte c) {
        return c == ' ' || c >= '\t' && c <= '\r' && c != '\013';
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code \p{L}} or {@code \p{N}}, as regular expressions in Java and JavaScript define them. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A term's document numbers, ascending, without boxing millions of integers. */
    static final class Postings {
        private int[] numbers = new int[4];
        private int size;

        void add(int number) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            numbers[size++] = number;
        }

        int indexOf(int number) {
            return Arrays.binarySearch(numbers, 0, size, number);
        }

        void remove(int number) {
            int at = indexOf(number);
            System.arraycopy(numbers, at + 1, numbers, at, size - at - 1);
            size--;
        }

        /** Keeps the numbers ascending. */
        void insert(int number) {
            int at = -indexOf(number) - 1;
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            System.arraycopy(numbers, at, numbers, at + 1, size - at);
            numbers[at] = number;
            size++;
        }

        void addAll(Postings other) {
            if (size + other.size > numbers.length) {
                numbers = Arrays.copyOf(numbers, Math.max(size + other.size, size * 2));
            }
            System.arraycopy(other.numbers, 0, numbers, size, other.size);
            size += other.size;
        }
    }

    /** The shard of a term: the UTF-8 of its first two characters, in hexadecimal. */
    static String shard(String term) {
        return HexFormat.of().formatHex(term.substring(0, MIN_TERM).getBytes(StandardCharsets.UTF_8));
    }

    private interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Writer writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
