package dossier.cli;

import java.io.PrintStream;

/**
 * Prints how long each stage took when DOSSIER_TIMINGS is set, for profiling a large dossier;
 * otherwise does nothing. Output goes to stderr, never into the site.
 */
final class StageClock {
    private final PrintStream out;
    private long last = System.nanoTime();

    private StageClock(PrintStream out) {
        this.out = out;
    }

    static StageClock fromEnvironment() {
        return new StageClock(System.getenv("DOSSIER_TIMINGS") == null ? null : System.err);
    }

    void lap(String stage) {
        long now = System.nanoTime();
        if (out != null) {
            out.printf("timing: %-9s %6d ms%n", stage, (now - last) / 1_000_000);
        }
        last = now;
    }
}
