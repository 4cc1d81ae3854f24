package dossier.diagnostic;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelt one, for hints like "did you mean 'dmitry-peskov'?".
 * Plain edit distance, bounded so that unrelated names are never suggested.
 */
public final class NearestName {
    private NearestName() {
    }

    public static Optional<String> among(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, wrong.length() / 3);
        for (String candidate : known.stream().sorted().toList()) {
            if (Math.abs(candidate.length() - wrong.length()) > limit) {
                continue;
            }
            int distance = distance(wrong, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** The hint text, or empty when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return among(wrong, known).map(name -> "did you mean '" + name + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
