package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing, rendering and checking run on every core; the site is the same whatever their number. */
class ThreadCountTest {
    @TempDir
    Path folder;

    private Map<String, byte[]> buildWith(int threads) throws Exception {
        Path out = folder.resolve("site-" + threads);
        Process build = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + threads,
                "-cp", System.getProperty("java.class.path"), "dossier.cli.Main",
                "build", "--source", ".", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).isZero();
        return TestDossier.snapshot(out);
    }

    @Test
    void buildsWithOneTwoAndFourThreadsAreByteIdentical() throws Exception {
        // Parallelism 0: no worker at all, every task runs on the calling thread.
        Map<String, byte[]> one = buildWith(0);
        assertThat(one).hasSizeGreaterThan(250);
        assertThat(buildWith(1)).isEqualTo(one);
        assertThat(buildWith(3)).isEqualTo(one);
    }
}
