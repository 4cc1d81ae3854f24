package dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final JsonFactory JSON = new JsonFactory();

    /** One searchable page: its kind, title, address relative to the site root, and text. */
    record Document(String kind, String title, String url, String text) {
    }

    private SearchIndex() {
    }

    /** Every file of the index, by site path. */
    static SortedMap<String, String> files(List<Document> documents) {
        // Gathered in hash maps (millions of insertions on a large dossier), sorted once at the end.
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int number = 0; number < documents.size(); number++) {
            Document document = documents.get(number);
            for (String term : terms(document.title() + " " + document.text())) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(number);
            }
        }
        SortedMap<String, SortedMap<String, List<Integer>>> shards = new TreeMap<>();
        postings.forEach((term, numbers) -> shards.computeIfAbsent(shard(term), s -> new TreeMap<>()).put(term, numbers));
        SortedMap<String, String> files = new TreeMap<>();
        files.put(MANIFEST, write(json -> {
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
        }));
        shards.forEach((shard, terms) -> files.put("search/terms/" + shard + ".json", write(json -> {
            json.writeStartObject();
            for (Map.Entry<String, List<Integer>> term : terms.entrySet()) {
                json.writeArrayFieldStart(term.getKey());
                int previous = 0;
                for (int number : term.getValue()) {
                    json.writeNumber(number - previous);
                    previous = number;
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        })));
        for (int start = 0; start < documents.size(); start += CHUNK) {
            List<Document> chunk = documents.subList(start, Math.min(start + CHUNK, documents.size()));
            files.put("search/docs/" + (start / CHUNK) + ".json", write(json -> {
                json.writeStartArray();
                for (Document document : chunk) {
                    json.writeStartObject();
                    json.writeStringField("k", document.kind());
                    json.writeStringField("t", document.title());
                    json.writeStringField("u", document.url());
                    String text = document.text().strip();
                    json.writeStringField("s", text.length() <= SNIPPET ? text : text.substring(0, SNIPPET).strip() + "…");
                    json.writeEndObject();
                }
                json.writeEndArray();
            }));
        }
        return files;
    }

    /** The distinct search terms of a text: lower case, without accents, two to forty letters or digits. */
    static Set<String> terms(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        Set<String> terms = new LinkedHashSet<>();
        for (String term : NOT_WORD.split(plain)) {
            if (term.length() >= MIN_TERM && term.length() <= MAX_TERM) {
                terms.add(term);
            }
        }
        return terms;
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
