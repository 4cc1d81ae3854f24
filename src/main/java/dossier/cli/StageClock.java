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
        StageClock clock = new StageClock(System.getenv("DOSSIER_TIMINGS") == null ? null : System.err);
        if (clock.out != null) {
            clock.out.printf("timing: heap max  %6d MiB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            boolean quick = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                    .contains("-XX:TieredStopAtLevel=1");
            clock.out.printf("timing: compiler  %s%n", quick ? "quick only" : "quick and optimising");
            clock.out.printf("timing: collector %s%n", String.join(", ", java.lang.management.ManagementFactory
                    .getGarbageCollectorMXBeans().stream().map(java.lang.management.GarbageCollectorMXBean::getName).sorted().toList()));
        }
        return clock;
    }

    void lap(String stage) {
        long now = System.nanoTime();
        if (out != null) {
            out.printf("timing: %-9s %6d ms%n", stage, (now - last) / 1_000_000);
        }
        last = now;
    }
}
