package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import dossier.load.ContentLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap a build runs with is chosen by dossier from the size of the content, unless the user
 * chose one, and so is the compiler.
 */
class WorkerJvmTest {
    private static final Pattern HEAP = Pattern.compile("timing: heap max\\s+(\\d+) MiB");
    private String output = "";

    @TempDir
    Path folder;

    /** Runs {@code java [OPTIONS] -cp … dossier.cli.Main build} and returns the heap it reports. */
    private long heapOfBuild(String... javaOptions) throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dossier.cli.Main",
                "build", "--source", dossier.folder().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOSSIER_TIMINGS", "1");
        Process build = builder.start();
        output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).as(output).isZero();
        Matcher heap = HEAP.matcher(output);
        assertThat(heap.find()).as(output).isTrue();
        return Long.parseLong(heap.group(1));
    }

    @Test
    void aSmallDossierIsBuiltWithASmallHeapWhateverTheMachine() throws Exception {
        // 256 MiB and a few times the few kilobytes of content/, not a quarter of the machine.
        assertThat(heapOfBuild()).isBetween(200L, 300L);
    }

    @Test
    void aOneOffBuildOfASmallDossierUsesTheQuickCompilerOnly() throws Exception {
        heapOfBuild();
        assertThat(output).contains("timing: compiler  quick only");
        assertThat(WorkerJvm.quickCompilerOnly("build", 54L << 20)).isTrue();
        assertThat(WorkerJvm.quickCompilerOnly("check", 54L << 20)).isTrue();
        assertThat(WorkerJvm.quickCompilerOnly("build", 174L << 20)).as("a dossier of 30,000 articles").isFalse();
        assertThat(WorkerJvm.quickCompilerOnly("serve", 1L << 20)).as("serve runs long").isFalse();
    }

    @Test
    void aOneOffBuildCollectsWithTheParallelCollectorUnlessTheUserChoseOne() throws Exception {
        heapOfBuild();
        assertThat(output).contains("timing: collector PS MarkSweep, PS Scavenge");
        assertThat(WorkerJvm.throughputCollector("check", List.of("-Xshare:auto"))).isTrue();
        assertThat(WorkerJvm.throughputCollector("serve", List.of())).as("serve keeps pauses short").isFalse();
        assertThat(WorkerJvm.throughputCollector("build", List.of("-XX:+UseSerialGC"))).isFalse();
    }

    @Test
    void theHeapAsksForHugePagesWhereTheKernelGivesThemUnlessTheUserChoseAPageSize() {
        assertThat(WorkerJvm.transparentHugePages("always [madvise] never\n", List.of())).isTrue();
        assertThat(WorkerJvm.transparentHugePages("[always] madvise never\n", List.of())).isTrue();
        assertThat(WorkerJvm.transparentHugePages("always madvise [never]\n", List.of()))
                .as("the JVM would warn on every run").isFalse();
        assertThat(WorkerJvm.transparentHugePages("", List.of())).as("no such kernel setting").isFalse();
        assertThat(WorkerJvm.transparentHugePages("always [madvise] never\n", List.of("-XX:-UseTransparentHugePages")))
                .isFalse();
        assertThat(WorkerJvm.transparentHugePages("always [madvise] never\n", List.of("-XX:+UseLargePages"))).isFalse();
        assertThat(WorkerJvm.transparentHugePages("always [madvise] never\n", List.of("-Xshare:auto", "-Xss2m")))
                .isTrue();
    }

    @Test
    void theYoungGenerationIs128MiBOrAQuarterOfASmallHeap() {
        long mib = 1024 * 1024;
        assertThat(WorkerJvm.youngBytes(751 * mib)).isEqualTo(128 * mib);
        assertThat(WorkerJvm.youngBytes(1822 * mib)).isEqualTo(128 * mib);
        assertThat(WorkerJvm.youngBytes(256 * mib)).isEqualTo(64 * mib);
        assertThat(WorkerJvm.youngBytes(300 * mib)).isEqualTo(75 * mib);
    }

    @Test
    void aHeapTheUserChoseIsKept() throws Exception {
        assertThat(heapOfBuild("-Xmx400m")).isBetween(350L, 400L);
    }

    @Test
    void theHeapIsInProportionToTheContentWithinTheMachine() {
        long mib = 1024 * 1024;
        long machine = 24 * 1024 * mib;
        assertThat(WorkerJvm.heapBytes("build", 54 * mib, machine)).as("10,000 articles").isEqualTo((256 + 9 * 54) * mib);
        assertThat(WorkerJvm.heapBytes("serve", 54 * mib, machine)).isEqualTo((256 + 20 * 54) * mib);
        assertThat(WorkerJvm.heapBytes("build", 0, machine)).isEqualTo(256 * mib);
        assertThat(WorkerJvm.heapBytes("build", 2048 * mib, machine)).as("three quarters of the machine")
                .isEqualTo(18 * 1024 * mib);
    }

    @Test
    void anEstimateSomewhatShortKeepsItsHeapAndOneFarShortDoesNot() {
        long mib = 1024 * 1024;
        long estimated = WorkerJvm.heapBytes("build", 54 * mib, 24L << 30);
        assertThat(WorkerJvm.tooSmall(estimated, WorkerJvm.heapBytes("build", 57 * mib, 24L << 30))).isFalse();
        assertThat(WorkerJvm.tooSmall(estimated, WorkerJvm.heapBytes("build", 80 * mib, 24L << 30)))
                .as("a few large files the sample missed").isTrue();
        assertThat(WorkerJvm.tooSmall(256 * mib, 300 * mib)).as("within 64 MiB").isFalse();
        assertThat(WorkerJvm.tooSmall(estimated, estimated / 2)).as("an estimate too large").isFalse();
    }

    @Test
    void theListingTheFirstJvmMakesIsReadBackWholeAfterTheFolder() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        Path source = dossier.folder().toAbsolutePath().normalize();
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();

        ContentLoader.Listing listing = ContentLoader.list(source);

        WorkerJvm.Handover.sendFolder(source, sent);
        WorkerJvm.Handover.sendListing(listing, sent);
        WorkerJvm.Handover received = WorkerJvm.Handover.receive(new java.io.ByteArrayInputStream(sent.toByteArray()));

        assertThat(received.folder()).isEqualTo(source);
        assertThat(listing.files()).hasSizeGreaterThan(5);
        assertThat(received.listing()).contains(listing);
    }

    @Test
    void aListingWithProblemsIsNotHandedOverButMadeAgainWhereItIsReported() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        Path source = dossier.folder().toAbsolutePath().normalize();
        java.nio.file.Files.createSymbolicLink(source.resolve("content/articles/linked.md"),
                source.resolve("content/articles").toAbsolutePath());
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();

        WorkerJvm.Handover.sendFolder(source, sent);
        WorkerJvm.Handover.sendListing(ContentLoader.list(source), sent);
        WorkerJvm.Handover received = WorkerJvm.Handover.receive(new java.io.ByteArrayInputStream(sent.toByteArray()));

        assertThat(received.folder()).isEqualTo(source);
        assertThat(received.listing()).isEmpty();
    }

    @Test
    void aHandoverCutShortGivesNoListing() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
        WorkerJvm.Handover.sendFolder(dossier.folder(), sent);
        WorkerJvm.Handover.sendListing(ContentLoader.list(dossier.folder()), sent);
        byte[] cut = java.util.Arrays.copyOf(sent.toByteArray(), sent.size() / 2);

        assertThat(WorkerJvm.Handover.receive(new java.io.ByteArrayInputStream(cut)).listing()).isEmpty();
    }

    @Test
    void aBuildInASecondJvmWithTheListingHandedOverWritesTheSiteAnInProcessBuildWrites() throws Exception {
        heapOfBuild();
        Path relaunched = folder.resolve("site");
        Path inProcess = folder.resolve("in-process");
        java.io.StringWriter out = new java.io.StringWriter();
        assertThat(Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(out), "build", "--source",
                folder.toString(), "--out", inProcess.toString())).as(out.toString()).isZero();
        try (var files = java.nio.file.Files.walk(inProcess)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertThat(relaunched.resolve(inProcess.relativize(file))).as(file.toString())
                        .hasSameBinaryContentAs(file);
            }
        }
        assertThat(output).doesNotContain("error");
    }
}
