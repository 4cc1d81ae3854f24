package dossier.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems one run has found so far. Every stage adds to the same collection instead of
 * stopping at the first problem, so that an editor sees all of them at once.
 *
 * <p>Safe to share between threads of one run; not meant to outlive it.
 */
public final class Diagnostics {
    private final List<Diagnostic> found = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public void error(String path, int line, int column, String message, String hint) {
        add(Diagnostic.error(path, line, column, message, hint));
    }

    public void warning(String path, int line, int column, String message, String hint) {
        add(Diagnostic.warning(path, line, column, message, hint));
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything found, in {@link Diagnostic#READING_ORDER}, without repeats. */
    public synchronized List<Diagnostic> sorted() {
        return found.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }
}
