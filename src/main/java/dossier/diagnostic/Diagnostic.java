package dossier.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a dossier, positioned where an editor can fix it.
 *
 * <p>The path is relative to the dossier folder and uses {@code /}; line and column are
 * 1-based, and 0 means "the whole file" (a file that cannot be read at all has no line).
 * The hint is what the editor should try, or empty.
 */
public record Diagnostic(String path, int line, int column, Severity severity, String message, String hint) {

    /** Files in path order, then positions in reading order: stable across runs and threads. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public static Diagnostic error(String path, int line, int column, String message, String hint) {
        return new Diagnostic(path, line, column, Severity.ERROR, message, hint);
    }

    public static Diagnostic warning(String path, int line, int column, String message, String hint) {
        return new Diagnostic(path, line, column, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message (hint)}: the text format of the command line. */
    public String format() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        out.append(": ").append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }
}
