package dossier.write;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed (SIGKILL) while it writes leaves the previous site byte for byte, and the next
 * build succeeds and leaves nothing behind. The build runs in a process of its own, as an editor
 * or CI would run it.
 */
class KilledBuildTest {
    @TempDir
    Path folder;

    @Test
    void killingABuildWhileItWritesLeavesThePreviousSite() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        // Enough pages that writing takes long enough to be interrupted.
        for (int i = 0; i < 1500; i++) {
            Files.writeString(folder.resolve("content/topics/topic-" + i + ".md"),
                    "---\ntitle: Topic " + i + "\n---\n\n" + "Text of the topic. ".repeat(200) + "\n");
        }
        assertThat(dossier.run("build").status()).isZero();
        var before = TestDossier.snapshot(dossier.site());
        Files.writeString(folder.resolve("content/topics/topic-0.md"), "---\ntitle: Changed\n---\n");

        Path staging = folder.resolve(".site.staging");
        int killedWhileWriting = 0;
        for (long delayMillis : List.of(0L, 40L, 120L)) {
            Process build = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), "dossier.cli.Main", "build", "--source", folder.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(staging) && build.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(delayMillis);
            boolean running = build.isAlive();
            if (running) {
                killedWhileWriting++;
            }
            // dossier runs the build in a second JVM with a sized heap, which stops when the first is killed.
            List<ProcessHandle> workers = build.descendants().toList();
            build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle worker : workers) {
                worker.onExit().get(30, TimeUnit.SECONDS);
            }
            if (running) {
                // Its second JVM stopped with it, long before writing 1,500 pages could end.
                assertThat(TestDossier.snapshot(dossier.site())).isEqualTo(before);
            } else if (!Files.exists(folder.resolve("site/topics/topic-0/index.html"))
                    || Files.readString(folder.resolve("site/topics/topic-0/index.html")).contains("Topic 0")) {
                // Killed before the swap: the previous site, byte for byte.
                assertThat(TestDossier.snapshot(dossier.site())).isEqualTo(before);
            }
        }
        assertThat(killedWhileWriting).as("builds killed while still running").isGreaterThanOrEqualTo(2);

        TestDossier.Run next = dossier.run("build");
        assertThat(next.status()).isZero();
        assertThat(dossier.read("topics/topic-0/index.html")).contains("<h1>Changed</h1>");
        try (var siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
        }
    }
}
