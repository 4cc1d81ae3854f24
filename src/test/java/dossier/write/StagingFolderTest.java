package dossier.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFolderTest {
    @TempDir
    Path folder;

    /** Writes the files, as the render stage does, and commits only if every write succeeded. */
    private static void build(Path out, String... pathsAndTexts) throws Exception {
        try (StagingFolder staging = StagingFolder.open(out)) {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                staging.write(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            staging.commit();
        }
    }

    @Test
    void replacesTheWholeSiteAndLeavesNoStagingBehind() throws Exception {
        Path out = folder.resolve("site");
        build(out, "index.html", "one", "old/index.html", "old");
        build(out, "index.html", "two");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve("old")).doesNotExist();
        try (var siblings = Files.list(folder)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void aSecondBuildIntoTheSameFolderStopsWhileTheFirstWrites() throws Exception {
        Path out = folder.resolve("site");
        build(out, "index.html", "one");
        try (StagingFolder first = StagingFolder.open(out)) {
            first.write("index.html", "two".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> StagingFolder.open(out))
                    .hasMessage("another build is writing " + out.toAbsolutePath() + " now; wait for it to finish");
            first.write("more.html", "three".getBytes(StandardCharsets.UTF_8));
            first.commit();
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve("more.html")).exists();
        build(out, "index.html", "four");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("four");
        try (var siblings = Files.list(folder)) {
            assertThat(siblings).as("no lock file left").containsExactly(out);
        }
    }

    @Test
    void refusesPathsOutsideTheSiteAndKeepsThePreviousOne() throws Exception {
        Path out = folder.resolve("site");
        build(out, "index.html", "good");
        assertThatThrownBy(() -> build(out, "../escaped.html", "bad"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(folder.resolve("escaped.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("good");
    }

    @Test
    void writesAStreamedFileAsItIsMadeAndRefusesItOutsideTheSite() throws Exception {
        Path out = folder.resolve("site");
        try (StagingFolder staging = StagingFolder.open(out)) {
            staging.writeStreaming("data/export.json", stream -> {
                for (int i = 0; i < 3; i++) {
                    stream.write(("part " + i + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            assertThatThrownBy(() -> staging.writeStreaming("../escaped.json", stream -> stream.write('x')))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(staging.files()).isEqualTo(1);
            staging.commit();
        }
        assertThat(Files.readString(out.resolve("data/export.json"))).isEqualTo("part 0\npart 1\npart 2\n");
        assertThat(folder.resolve("escaped.json")).doesNotExist();
    }

    @Test
    void recoversTheSiteLeftBetweenTheTwoRenames() throws Exception {
        Path out = folder.resolve("site");
        Path backup = folder.resolve(".site.previous");
        Files.createDirectories(backup);
        Files.writeString(backup.resolve("index.html"), "last good");
        assertThatThrownBy(() -> build(out, "/absolute.html", "bad"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("last good");
    }

    @Test
    void aFailedBuildLeavesNoStagingAndThePreviousSite() throws Exception {
        Path out = folder.resolve("site");
        build(out, "index.html", "good");
        try (StagingFolder staging = StagingFolder.open(out)) {
            staging.write("index.html", "half".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(staging.read("index.html"), StandardCharsets.UTF_8)).isEqualTo("half");
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("good");
        try (var siblings = Files.list(folder)) {
            assertThat(siblings).containsExactly(out);
        }
    }
}
