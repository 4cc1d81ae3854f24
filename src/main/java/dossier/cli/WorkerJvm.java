package dossier.cli;

import dossier.load.ContentLoader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Chooses the JVM a build runs in, for the dossier at hand. {@code java -jar dossier.jar} cannot
 * choose its own heap, and the JVM's default (a quarter of the machine's memory) lets a large
 * build grow to several gigabytes before it collects. So {@code build}, {@code check} and
 * {@code serve} start a second JVM with a maximum heap in proportion to the size of
 * {@code content/} (for {@code build} and {@code check} as estimated from a sample of its files),
 * unless the user has chosen one; the first JVM lists {@code content/} for the second while it
 * starts, then only waits, passes its exit status on, and takes the second with it when it is
 * stopped. The second JVM also maps the
 * class data archive written at package time and, for a one-off build of a dossier of up to
 * {@value #QUICK_COMPILER_MAX_MIB} MiB, compiles with the quick compiler only. A one-off build
 * collects garbage with the throughput collector, in a heap of fixed size with a young
 * generation of 128 MiB, and promotes what survives a collection. Where the kernel offers transparent
 * huge pages, the heap asks for them.
 */
final class WorkerJvm {
    /** Set on the second JVM, so that it never starts a third. */
    static final String RELAUNCHED = "dossier.relaunched";
    /** The first JVM's process id, set on the second. */
    private static final String FIRST = "dossier.first";
    private static final Set<String> SIZED_COMMANDS = Set.of("build", "check", "serve");
    // serve walks content/ again and again to notice changes; these walk it once.
    private static final Set<String> HANDED_COMMANDS = Set.of("build", "check");
    /** Set on the second JVM when a listing of content/ comes on its standard input. */
    private static final String LISTING = "dossier.listing";
    private static final long MIB = 1024 * 1024;
    // Measured on synthetic dossiers (docs/benchmarks.md): a build keeps about six times the
    // bytes of content/ in memory (rendered bodies and their plain text, parsed facts, the graph
    // and the link check's facts), and with less than about half as much again beside that it
    // spends its time collecting (a 537 MiB heap at 10,000 articles: 15.6 s instead of 14.3 when
    // every body has a curly quotation mark). serve also keeps the site, about six times the
    // content, and what it reuses between rebuilds (files as read, search terms), which with the
    // site being rebuilt beside the one served needs twenty times the content to rebuild
    // without thrashing.
    private static final long BASE = 256 * MIB;
    private static final int BUILD_FACTOR = 9;
    private static final int SERVE_FACTOR = 20;
    private static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    // On two cores the optimising compiler's own work outweighs what its code saves in a build
    // of the 10,000-article synthetic dossier (54 MB: 33 CPU-seconds with the quick compiler
    // alone, 48 with both), but not at 30,000 (174 MB: 125 against 114); the two meet near
    // 115 MB (docs/benchmarks.md). serve runs long enough to gain from it, so it keeps both.
    static final long QUICK_COMPILER_MAX_MIB = 96;
    private static final long PARENT_POLL_MILLIS = 50;
    private static final long YOUNG_MAX_MIB = 128;

    /**
     * What the second JVM is started with.
     *
     * @param throughputCollector  whether it collects with the parallel collector rather than the
     *                             JVM's default, G1
     * @param transparentHugePages whether the heap asks the kernel for 2 MiB pages
     * @param listed               the dossier folder whose listing of {@code content/} the first
     *                             JVM hands over, for {@code build} and {@code check}
     */
    record Options(long heapBytes, boolean quickCompilerOnly, boolean throughputCollector,
                   boolean transparentHugePages, Optional<Path> listed) {
    }

    /**
     * The listing of {@code content/} handed from the first JVM to the second through the
     * second's input, so that it need not be made twice: the dossier folder at once, then the
     * listing, which the first JVM makes while the second starts (13,000 files at 10,000
     * articles, 0.2 s of a JVM just started). A listing with problems is not handed over: the
     * second JVM walks {@code content/} itself and reports them as it finds them.
     */
    record Handover(Path folder, DataInputStream rest) {
        /** In the first JVM: sends the dossier folder, as soon as the second JVM is started. */
        static void sendFolder(Path folder, OutputStream out) throws IOException {
            DataOutputStream data = new DataOutputStream(out);
            data.writeUTF(folder.toString());
            data.flush();
        }

        /** In the first JVM: sends the listing of that folder's {@code content/}, or word that it had problems. */
        static void sendListing(ContentLoader.Listing listing, OutputStream out) throws IOException {
            DataOutputStream data = new DataOutputStream(out);
            boolean handed = listing.diagnostics().isEmpty();
            data.writeBoolean(handed);
            data.flush();
            if (handed) {
                listing.write(out);
            }
        }

        /** In the second JVM: reads the folder, which comes at once; the listing is read by {@link #listing}. */
        static Handover receive(InputStream in) throws IOException {
            DataInputStream data = new DataInputStream(in);
            return new Handover(Path.of(data.readUTF()), data);
        }

        /**
         * The listing, once the first JVM has sent it; empty where it had problems or could not
         * be read. The input is closed after.
         */
        Optional<ContentLoader.Listing> listing() {
            try (DataInputStream in = rest) {
                return in.readBoolean() ? Optional.of(ContentLoader.Listing.read(in, folder)) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private WorkerJvm() {
    }

    /** The JVM for these arguments, or empty when this JVM should run them itself. */
    static Optional<Options> wanted(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED) || args.length == 0 || !SIZED_COMMANDS.contains(args[0]) || chosenByUser()) {
            return Optional.empty();
        }
        Path folder = source(args).toAbsolutePath().normalize();
        if (!HANDED_COMMANDS.contains(args[0])) {
            // serve walks content/ itself, and is not started again where an estimate fell
            // short: its heap comes from the listing, 0.2 s of its start at 10,000 articles.
            return Optional.of(sized(args[0], ContentLoader.list(folder).bytes(), Optional.empty()));
        }
        // Estimated, not listed: the second JVM starts 0.2 s sooner at 10,000 articles, and this
        // one lists content/ for it while it does (Handover).
        return Optional.of(sized(args[0], ContentLoader.estimatedBytes(folder), Optional.of(folder)));
    }

    private static Options sized(String command, long contentBytes, Optional<Path> listed) {
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return new Options(heapBytes(command, contentBytes, physicalMemory()), quickCompilerOnly(command, contentBytes),
                throughputCollector(command, jvmArguments), transparentHugePages(kernelHugePages(), jvmArguments), listed);
    }

    /**
     * The heap for a command on content of this many bytes, on a machine with this much memory:
     * in proportion to the content, never more than three quarters of the machine, never less
     * than the JVM would start with anyway.
     */
    static long heapBytes(String command, long contentBytes, long physicalBytes) {
        long heap = BASE + contentBytes * (command.equals("serve") ? SERVE_FACTOR : BUILD_FACTOR);
        return Math.max(256 * MIB, Math.min(heap, physicalBytes / 4 * 3)) / MIB * MIB;
    }

    /**
     * Whether a heap chosen from an estimate is too small for the content as listed: more than a
     * quarter (and 64 MiB) short of the heap the listing calls for. The factors leave room for an
     * estimate somewhat short; one that missed a few large files in its sample is not.
     */
    static boolean tooSmall(long chosenBytes, long neededBytes) {
        return neededBytes - chosenBytes > Math.max(64 * MIB, chosenBytes / 4);
    }

    /**
     * Whether the heap should ask for transparent huge pages, given the kernel's setting as
     * {@code /sys/kernel/mm/transparent_hugepage/enabled} reads (e.g. {@code always [madvise]
     * never}, the one in brackets being chosen; empty where there is no such file). A build fills
     * hundreds of megabytes of fresh heap within seconds, a 4 KiB page fault at a time: with 2 MiB
     * pages a 10,000-article build spent 0.6–1.3 CPU-seconds less in the kernel and 0.6 s less
     * wall time (docs/benchmarks.md). Asked for only where the kernel gives them (on request or
     * always; elsewhere the JVM would warn on every run), and never against the user's own
     * choice of page size.
     */
    static boolean transparentHugePages(String kernelSetting, List<String> jvmArguments) {
        return (kernelSetting.contains("[always]") || kernelSetting.contains("[madvise]"))
                && jvmArguments.stream()
                        .noneMatch(argument -> argument.matches("-XX:[+-]Use(\\w*LargePages\\w*|TransparentHugePages)"));
    }

    private static String kernelHugePages() {
        try {
            return Files.readString(TRANSPARENT_HUGE_PAGES);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * Whether a command is better off with the parallel collector. A one-off build only wants
     * the most work done on two cores: G1 runs concurrent marking beside it and costs more on
     * every write to the heap (measured: 10 % of wall time at 10,000 articles, 19 % at 30,000,
     * docs/benchmarks.md). serve keeps G1, whose pauses are short while a page is being read.
     * A collector the user chose is kept: a JVM started with two refuses to run.
     */
    static boolean throughputCollector(String command, List<String> jvmArguments) {
        return !command.equals("serve")
                && jvmArguments.stream().noneMatch(argument -> argument.matches("-XX:[+-]Use\\w*GC"));
    }

    /** The young generation of a one-off build's heap: 128 MiB, or a quarter of a smaller heap. */
    static long youngBytes(long heapBytes) {
        return Math.min(YOUNG_MAX_MIB * MIB, heapBytes / 4 / MIB * MIB);
    }

    /** Whether a command on content of this many bytes is better off without the optimising compiler. */
    static boolean quickCompilerOnly(String command, long contentBytes) {
        return !command.equals("serve") && contentBytes <= QUICK_COMPILER_MAX_MIB * MIB;
    }

    /**
     * Runs the arguments in a JVM started with these options and returns its exit status, or -1
     * when it could not be started (the caller then runs them itself).
     */
    static int relaunch(Options options, String[] args) {
        AtomicReference<Process> worker = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process running = worker.get();
            if (running != null) {
                running.destroy();
            }
        }, "dossier-stop-worker"));
        Optional<Process> started = start(options, args);
        if (started.isEmpty()) {
            return -1;
        }
        worker.set(started.get());
        Process running = started.get();
        if (options.listed().isPresent()) {
            Optional<Process> handed = handOver(options, args, running, worker);
            if (handed.isEmpty()) {
                return -1;
            }
            running = handed.get();
        } else {
            closeQuietly(running.getOutputStream());
        }
        waitForQuietly(running);
        return running.exitValue();
    }

    /**
     * Lists {@code content/} while the second JVM starts and hands it the listing. Where the
     * listing shows the estimate well short ({@link #tooSmall}: a few large files its sample
     * missed), that JVM, which has done nothing yet but wait for the listing, is stopped, and one
     * with the heap the listing calls for is started and given it instead. Returns the JVM that
     * runs the command, set in {@code worker} as soon as it is started so that stopping this JVM
     * stops it; empty when a second one could not be started.
     */
    private static Optional<Process> handOver(Options options, String[] args, Process child,
                                              AtomicReference<Process> worker) {
        Path folder = options.listed().orElseThrow();
        Process running = child;
        OutputStream input = child.getOutputStream();
        try {
            Handover.sendFolder(folder, input);
            ContentLoader.Listing listing = ContentLoader.list(folder);
            if (tooSmall(options.heapBytes(), heapBytes(args[0], listing.bytes(), physicalMemory())) && child.isAlive()) {
                child.destroy();
                waitForQuietly(child);
                closeQuietly(input);
                Optional<Process> again = start(sized(args[0], listing.bytes(), options.listed()), args);
                if (again.isEmpty()) {
                    return Optional.empty();
                }
                running = again.get();
                worker.set(running);
                input = running.getOutputStream();
                Handover.sendFolder(folder, input);
            }
            Handover.sendListing(listing, input);
        } catch (IOException e) {
            // The second JVM is gone already, or stopped reading: its exit status tells.
        } finally {
            closeQuietly(input);
        }
        return Optional.of(running);
    }

    /** The second JVM, started with these options; empty when it could not be. */
    private static Optional<Process> start(Options options, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-Xmx" + options.heapBytes() / MIB + "m");
        if (options.quickCompilerOnly()) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        if (options.throughputCollector()) {
            command.add("-XX:+UseParallelGC");
            // What a build keeps (bodies, facts, the graph) is made early and kept to the end;
            // copied between survivor spaces, it made young collections slow. Promoted at the
            // first collection it survives, it is copied once: 0.6-0.7 CPU-seconds less at 10,000
            // articles than promoting after one more (docs/benchmarks.md).
            command.add("-XX:MaxTenuringThreshold=0");
            // A young generation of a size of its own, not a share of the heap: how often it
            // fills depends on how fast a build allocates, not on how much it keeps. 128 MiB, or
            // a quarter of a small heap: at 10,000 articles 48 young collections instead of 127,
            // 0.5 CPU-seconds less, 45 MiB more at the peak. The old generation keeps what the
            // heap's size was chosen for (BUILD_FACTOR).
            command.add("-Xmn" + youngBytes(options.heapBytes()) / MIB + "m");
            // The heap at its full size from the start: left to size itself, the collector keeps
            // the old generation as small as what is in it and collects it whole each time it
            // foresees it overflowing (three times, 0.7 s, at 10,000 articles). Fixed, a build of
            // 10,000 articles takes 0.6-1.4 CPU-seconds and 0.3-0.6 s less, and peaks at 653-660 MiB
            // instead of 532-536; at 30,000, 29.4 s instead of 33.1 (docs/benchmarks.md).
            command.add("-Xms" + options.heapBytes() / MIB + "m");
        }
        if (options.transparentHugePages()) {
            command.add("-XX:+UseTransparentHugePages");
        }
        classDataArchive().ifPresent(archive -> command.addAll(List.of("-XX:SharedArchiveFile=" + archive,
                // An archive from another JVM or another jar is unusable; the JVM then goes on without it.
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off")));
        command.add("-D" + RELAUNCHED + "=true");
        options.listed().ifPresent(listed -> command.add("-D" + LISTING + "=true"));
        command.add("-D" + FIRST + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            // Output is shared; the second JVM reads at most a listing from its input, as it starts,
            // and watches for this one to be gone (followParent).
            return Optional.of(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void waitForQuietly(Process process) {
        while (true) {
            try {
                process.waitFor();
                return;
            } catch (InterruptedException e) {
                process.destroy();
            }
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // The second JVM is gone already: its exit status tells.
        }
    }

    /**
     * In the second JVM: the handover of the first one's listing, its folder read from standard
     * input; empty when none is handed over or it could not be read (then the command walks
     * {@code content/} itself).
     */
    static Optional<Handover> handover() {
        if (!Boolean.getBoolean(RELAUNCHED) || !Boolean.getBoolean(LISTING)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Handover.receive(System.in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * In the second JVM: stop as soon as the first one is gone, as a killed build must (the first
     * JVM is what the user and scripts see, and kill). Gone is when this JVM's parent is no longer
     * the first, which it was when it started it (a killed parent's children are given to
     * another), looked at every {@value #PARENT_POLL_MILLIS} ms rather than waited for on a pipe:
     * a thread blocked in a read makes the JVM wait 0.3 s at its exit for the read to return, the
     * last 0.3 s of every build.
     */
    static void followParent() {
        long first = Long.getLong(FIRST, -1);
        if (!Boolean.getBoolean(RELAUNCHED) || first < 0) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == first) {
                try {
                    Thread.sleep(PARENT_POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(143);
        }, "dossier-follow-parent");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * The class data archive that {@code mvn package} writes beside the jar (see pom.xml), when
     * running from that jar: the second JVM maps the classes a build loads instead of reading,
     * parsing and verifying them again.
     */
    private static Optional<Path> classDataArchive() {
        String classPath = System.getProperty("java.class.path");
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceAll("\\.jar$", ".jsa"));
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    private static boolean chosenByUser() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> argument.startsWith("-Xmx") || argument.startsWith("-XX:MaxHeapSize")
                        || argument.startsWith("-XX:MaxRAM"));
    }

    private static Path source(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--source") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--source=")) {
                return Path.of(args[i].substring("--source=".length()));
            }
        }
        return Path.of(".");
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory() * 4;
    }
}
