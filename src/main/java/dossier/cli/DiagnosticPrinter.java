package dossier.cli;

import dossier.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics in one of the two formats of the command line, and a closing count. */
final class DiagnosticPrinter {
    enum Format { text, github }

    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, Format format, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics) {
            err.println(format == Format.github ? github(diagnostic) : diagnostic.format());
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (format == Format.text && !diagnostics.isEmpty()) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        err.flush();
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * GitHub's workflow command, which shows the message on the line of the pull request:
     * {@code ::error file=P,line=L,col=C,title=T::message}.
     */
    static String github(Diagnostic d) {
        StringBuilder out = new StringBuilder("::").append(d.severity().label())
                .append(" file=").append(property(d.path()));
        if (d.line() > 0) {
            out.append(",line=").append(d.line()).append(",col=").append(Math.max(d.column(), 1));
        }
        out.append(",title=").append(property("dossier " + d.severity().label()));
        String message = d.hint().isEmpty() ? d.message() : d.message() + " (" + d.hint() + ")";
        return out.append("::").append(data(message)).toString();
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
