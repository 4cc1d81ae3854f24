package dossier.cli;

import dossier.render.SiteRenderer;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Prints how long each stage took when DOSSIER_TIMINGS is set, for profiling a large dossier;
 * otherwise does nothing. Output goes to stderr, never into the site.
 */
final class StageClock {
    private final PrintStream out;
    private long last = System.nanoTime();
    private long lastCpu = processCpu();

    private StageClock(PrintStream out) {
        this.out = out;
    }

    static StageClock fromEnvironment() {
        StageClock clock = new StageClock(System.getenv("DOSSIER_TIMINGS") == null ? null : System.err);
        if (clock.out != null) {
            clock.out.printf("timing: heap max  %6d MiB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            var arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
            boolean quick = arguments.contains("-XX:TieredStopAtLevel=1");
            clock.out.printf("timing: compiler  %s%n", quick ? "quick only" : "quick and optimising");
            boolean huge = arguments.contains("-XX:+UseTransparentHugePages");
            clock.out.printf("timing: pages     %s%n", huge ? "transparent huge pages" : "the JVM's default");
            clock.out.printf("timing: collector %s%n", String.join(", ", ManagementFactory.getGarbageCollectorMXBeans()
                    .stream().map(GarbageCollectorMXBean::getName).sorted().toList()));
        }
        return clock;
    }

    /** A clock that says nothing, for work no one waits on. */
    static StageClock silent() {
        return new StageClock(null);
    }

    /** Which templates were compiled, which Thymeleaf rendered and why, and the pages handed back to it. */
    void templates(SiteRenderer.TemplateUse use) {
        if (out == null) {
            return;
        }
        out.printf("timing: templates %d compiled, %d by Thymeleaf, %d pages fell back%n", use.compiled().size(),
                use.notCompiled().size(), use.pagesFellBack());
        use.notCompiled().forEach((template, why) -> out.printf("timing: template  %s by Thymeleaf: %s%n", template, why));
        use.fellBack().forEach((why, pages) -> out.printf("timing: fell back %d pages of %s%n", pages, why));
    }

    void lap(String stage) {
        lap(stage, "");
    }

    /** serve's edits rehearsed after its first build ({@link Rehearsals}): how many, and how long they took together. */
    void rehearsed(int edits, long nanos) {
        if (out != null) {
            out.printf("timing: %-9s %6d ms, %d edits and their undoing%n", "rehearsal", nanos / 1_000_000, edits);
            out.flush();
        }
    }

    private void lap(String stage, String detail) {
        long now = System.nanoTime();
        long cpu = processCpu();
        if (out != null) {
            // The process's CPU time beside the wall time: on two cores a stage that keeps both busy
            // shows about twice its wall time, and a change to one stage can be judged by its own.
            out.printf("timing: %-9s %6d ms  %6d ms CPU%s%n", stage, (now - last) / 1_000_000, (cpu - lastCpu) / 1_000_000,
                    detail);
        }
        last = now;
        lastCpu = cpu;
    }

    /** The CPU time this process has used, all threads and the collector's included; 0 where the JVM cannot tell. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(os.getProcessCpuTime(), 0) : 0;
    }
}
