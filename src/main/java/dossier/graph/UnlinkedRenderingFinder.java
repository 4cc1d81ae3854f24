package dossier.graph;

import dossier.model.Quote;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the known quote that a passage in quotation marks renders, without comparing every
 * passage with every quote: quotes are indexed by their runs of three words, a passage is
 * compared in full only with the quotes it shares runs with, and runs that many quotes share
 * ("of the United") are not used to find candidates.
 */
final class UnlinkedRenderingFinder {
    /** Shorter passages ("legal guarantees") are too common to suggest a quote. */
    static final int MIN_WORDS = 5;
    /** The share of a passage's words that must be found, in order, in the quote. */
    static final double MIN_COVERAGE = 0.7;
    private static final int SHINGLE = 3;
    private static final int MAX_POSTINGS = 50;

    private final Map<String, List<Quote>> byShingle = new HashMap<>();
    private final WordDiffer differ;

    UnlinkedRenderingFinder(Collection<Quote> quotes, WordDiffer differ) {
        this.differ = differ;
        for (Quote quote : quotes) {
            for (String shingle : shingles(WordDiffer.keys(quote.text()))) {
                List<Quote> postings = byShingle.computeIfAbsent(shingle, s -> new ArrayList<>());
                if (postings.isEmpty() || postings.get(postings.size() - 1) != quote) {
                    postings.add(quote);
                }
            }
        }
    }

    /** The quote the passage most likely renders, if it renders one closely enough. */
    Optional<Quote> find(String passage) {
        List<String> words = WordDiffer.keys(passage);
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        Map<String, Integer> shared = new TreeMap<>();
        Map<String, Quote> quotes = new HashMap<>();
        for (String shingle : shingles(words)) {
            List<Quote> postings = byShingle.getOrDefault(shingle, List.of());
            if (postings.size() > MAX_POSTINGS) {
                continue;
            }
            for (Quote quote : postings) {
                shared.merge(quote.id(), 1, Integer::sum);
                quotes.put(quote.id(), quote);
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(entry -> quotes.get(entry.getKey()))
                .filter(quote -> differ.compare(quote.text(), passage).coverage() >= MIN_COVERAGE)
                .findFirst();
    }

    private static List<String> shingles(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }
}
