package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    @Test
    void normalisesTermsAsTheSearchScriptDoes() {
        assertThat(SearchIndex.terms("Peskov's “Moscow. Kremlin. Putin.” — Zelenskyy, Zélensky; a 24 Feb"))
                .containsExactly("peskov", "moscow", "kremlin", "putin", "zelenskyy", "zelensky", "24", "feb");
        assertThat(SearchIndex.shard("peskov")).isEqualTo("7065");
        assertThat(SearchIndex.shard("песков")).isEqualTo("d0bfd0b5");
    }

    /** ASCII text is scanned by a shorter path; it finds what the general one finds. */
    @Test
    void asciiTextGivesTheTermsTheGeneralScanGives() {
        Random random = new Random(5);
        String alphabet = "abcXYZ019 .,;'-_\t\n!?()[]{}@#~";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(120); i < n; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            // Words met again, in other cases, and some beyond the longest term.
            String[] words = {" Peskov ", " peskov,", " PESKOV.", " ab", " ba ", " " + "x".repeat(40) + " ", " " + "y".repeat(41)};
            for (int i = 0, n = random.nextInt(6); i < n; i++) {
                text.insert(random.nextInt(text.length() + 1), words[random.nextInt(words.length)]);
            }
            String ascii = text.toString();
            assertThat(SearchIndex.terms(ascii)).as(ascii).isEqualTo(SearchIndex.generalTerms(ascii));
        }
    }

    /** A long text with thousands of distinct words, each met several times. */
    @Test
    void aLongAsciiTextGivesTheTermsTheGeneralScanGives() {
        Random random = new Random(9);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(Integer.toString(random.nextInt(5_000), 36)).append(i % 7 == 0 ? ". " : " ");
        }
        String ascii = text.toString();
        assertThat(SearchIndex.terms(ascii)).hasSizeGreaterThan(4_000).isEqualTo(SearchIndex.generalTerms(ascii));
    }

    /**
     * Text with a few characters beyond ASCII takes the general path only for the pieces between
     * white space that hold them; the terms are those of the whole text taken the general way,
     * in the same order, with the cases where lower case or NFD depend on what surrounds a letter:
     * a final sigma, marks that follow white space, the Kelvin sign, a dotted capital I.
     */
    @Test
    void mixedTextGivesTheTermsTheGeneralScanGives() {
        Random random = new Random(11);
        String[] pieces = {"Peskov", "peskov", "Kremlin's", "24", "ab", "x".repeat(41), "“", "”", "—", "’", ".", ",",
            "Zélensky", "ze\u0301lensky", "\u0301", "ΟΔΟΣ", "οδος", "ΣΑΣ.", "Σ", "\u212Aelvin", "İstanbul", "Straße",
            "\uFB01nance", "\u00A0", "Песков", "１２３", "日本語", "e\u0301\u0323"};
        String[] spaces = {" ", " ", "\n", "\t", "", "\r\n", "\f"};
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(40); i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(spaces[random.nextInt(spaces.length)]);
            }
            String mixed = text.toString();
            assertThat(SearchIndex.terms(mixed)).as(mixed).isEqualTo(SearchIndex.generalTerms(mixed));
        }
    }

    /**
     * A build gathers terms straight into postings, serve document by document; the two indexes
     * are the same, over 700 documents (three blocks) of mixed text in which words recur, some
     * only in titles.
     */
    @Test
    void aBuildsIndexIsTheIndexOfEachDocumentsTerms() {
        Random random = new Random(13);
        String[] pieces = {"Peskov", "PESKOV", "kremlin", "talks", "24", "ab", "a", "x".repeat(40), "x".repeat(41), "“",
            "”", "—", "Zélensky", "ze\u0301lensky", "ΟΔΟΣ", "Σ", "\u212Aelvin", "İstanbul", "Straße", "Песков",
            "日本語", "ready,", "said."};
        List<SearchIndex.Document> documents = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0, n = random.nextInt(60); j < n; j++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String title = i % 7 == 0 ? "Only here " + i + " z" + i : pieces[random.nextInt(pieces.length)];
            documents.add(new SearchIndex.Document("Article", title, "articles/a" + i + "/", text.toString()));
        }
        assertThat(SearchIndex.of(documents).files()).isEqualTo(SearchIndex.of(documents, SearchIndex::termsOf).files());
    }

    @Test
    void splitsTermsIntoShardsAndDocumentsIntoChunks() {
        List<SearchIndex.Document> documents = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            documents.add(new SearchIndex.Document("Article", "Title " + i, "articles/a" + i + "/",
                    i % 2 == 0 ? "Peskov said" : "Lavrov said"));
        }
        SortedMap<String, String> files = SearchIndex.files(documents);
        assertThat(files).containsKeys("search/index.json", "search/terms/7065.json", "search/docs/0.json",
                "search/docs/2.json");
        assertThat(files.get("search/index.json")).startsWith("{\"version\":1,\"documents\":250,\"chunk\":100,\"shards\":[");
        // Document numbers 0, 2, 4, … stored as differences: 0, then 2s.
        assertThat(files.get("search/terms/7065.json")).startsWith("{\"peskov\":[0,2,2,2,");
    }

    /** Replacing documents one at a time gives the files that building the index again gives. */
    @Test
    void aReplacedDocumentRewritesOnlyItsFilesAndTheyMatchAFreshIndex() {
        Random random = new Random(3);
        String[] words = {"peskov", "lavrov", "kremlin", "talks", "ready", "said", "summit", "zelensky", "ceasefire", "again"};
        List<SearchIndex.Document> documents = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            documents.add(new SearchIndex.Document("Article", "Title " + i, "articles/a" + i + "/", sentence(random, words)));
        }
        SearchIndex index = SearchIndex.of(documents, SearchIndex::termsOf);
        SortedMap<String, String> site = new java.util.TreeMap<>(index.files());
        int replaced = 0;
        int appeared = 0;
        int vanished = 0;
        int strange = 0;
        for (int round = 0; round < 200; round++) {
            // Every seventh round brings a word of its own ("zyzzyva"), which the next takes away.
            int number = round % 7 == 1 ? strange : random.nextInt(documents.size());
            strange = number;
            SearchIndex.Document old = documents.get(number);
            SearchIndex.Document now = new SearchIndex.Document(old.kind(), old.title(), old.url(),
                    round % 7 == 0 ? "Zyzzyva " + round : sentence(random, words));
            var changed = index.replace(now, SearchIndex.termsOf(old), SearchIndex.termsOf(now));
            documents.set(number, now);
            assertThat(changed).isPresent();
            // The manifest lists the shards: written again only when one appeared ("zyzzyva") or vanished.
            boolean manifest = changed.get().written().containsKey("search/index.json");
            vanished += changed.get().removed().size();
            appeared += manifest && changed.get().removed().isEmpty() ? 1 : 0;
            assertThat(manifest).isEqualTo(!changed.get().removed().isEmpty()
                    || !site.keySet().containsAll(changed.get().written().keySet()));
            site.putAll(changed.get().written());
            site.keySet().removeAll(changed.get().removed());
            replaced++;
            assertThat(site).isEqualTo(SearchIndex.files(documents));
        }
        assertThat(replaced).isEqualTo(200);
        assertThat(appeared).isPositive();
        assertThat(vanished).isPositive();
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }

    /**
     * The figure the README states: what one query downloads from the index of a dossier of
     * 10,000 articles of 800 words each, drawn from a vocabulary with Zipf-distributed frequencies.
     */
    @Test
    void aQueryOnTenThousandArticlesDownloadsASmallFractionOfTheIndex() {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        String[] syllables = {"ka", "ro", "mi", "te", "su", "lan", "vor", "ne", "di", "pa", "go", "rek", "sta", "li", "mu", "zen"};
        while (vocabulary.size() < 30_000) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            vocabulary.add(word.toString());
        }
        double[] cumulative = new double[vocabulary.size()];
        double total = 0;
        for (int rank = 0; rank < cumulative.length; rank++) {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
        List<SearchIndex.Document> documents = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder(i % 20 == 0 ? "Peskov " : "");
            for (int w = 0; w < 800; w++) {
                int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
                text.append(vocabulary.get(Math.min(at < 0 ? -at - 1 : at, vocabulary.size() - 1))).append(' ');
            }
            documents.add(new SearchIndex.Document("Article", "Article " + i, "articles/a" + i + "/", text.toString()));
        }
        SortedMap<String, String> files = SearchIndex.files(documents);
        long all = files.values().stream().mapToLong(SearchIndexTest::bytes).sum();
        // "peskov": the manifest, its shard, and the chunks of the first 50 results.
        long query = bytes(files.get("search/index.json")) + bytes(files.get("search/terms/7065.json"))
                + bytes(files.get("search/docs/0.json")) + bytes(files.get("search/docs/1.json"))
                + bytes(files.get("search/docs/2.json")) + bytes(files.get("search/docs/3.json"))
                + bytes(files.get("search/docs/4.json")) + bytes(files.get("search/docs/5.json"))
                + bytes(files.get("search/docs/6.json")) + bytes(files.get("search/docs/7.json"))
                + bytes(files.get("search/docs/8.json")) + bytes(files.get("search/docs/9.json"));
        double share = 100.0 * query / all;
        System.out.printf("search index for 10,000 articles: %,d bytes in %d files; a query for 'peskov' downloads %,d bytes (%.2f%%)%n",
                all, files.size(), query, share);
        assertThat(share).isLessThan(5.0);
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A body's snippet decoded from its first bytes is the snippet of its whole text. */
    @Test
    void aSnippetFromTheStartOfATextIsTheSnippetOfAllOfIt() {
        java.util.Random random = new java.util.Random(9);
        String[] pieces = {"word ", "a", " ", "   ", "\n", "\u2003", "\u00e9t\u00e9 ", "\u201cq\u201d", "\uD83D\uDCF0", "x"};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3) == 0 ? random.nextInt(1_200) : random.nextInt(300);
            boolean blank = random.nextInt(10) == 0; // long runs of white space at the start
            for (int i = 0; i < length; i++) {
                text.append(blank && i < length / 2 ? "\u2003 " : pieces[random.nextInt(pieces.length)]);
            }
            String whole = text.toString();
            assertThat(SearchIndex.snippet(Utf8Text.of(whole))).as(whole).isEqualTo(SearchIndex.snippet(whole));
        }
    }
}
