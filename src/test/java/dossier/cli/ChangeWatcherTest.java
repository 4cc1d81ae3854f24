package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve wakes when a file under content/ or templates/ is saved, not on a timer: here the timer
 * is an hour, so a test that passes was woken by the change.
 */
class ChangeWatcherTest {
    @TempDir
    Path folder;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void wakesOnASavedFileAndInFoldersMadeSince() throws Exception {
        Files.createDirectories(folder.resolve("content/articles"));
        Files.createDirectories(folder.resolve("templates"));
        try (ChangeWatcher watcher = ChangeWatcher.of(folder, TimeUnit.HOURS.toMillis(1))) {
            assumeTrue(watcher.told(), "this file system does not tell of changes; serve polls instead");

            Files.writeString(folder.resolve("content/articles/new.md"), "---\ntitle: New\n---\n");
            watcher.await();

            Files.createDirectories(folder.resolve("content/people"));
            watcher.await();
            Files.writeString(folder.resolve("content/people/anna.yaml"), "name: Anna\n");
            watcher.await();

            Files.writeString(folder.resolve("templates/page.html"), "<!DOCTYPE html>");
            watcher.await();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void whereNothingCanBeWatchedItLooksEveryFifthOfASecond() throws Exception {
        Path missing = folder.resolve("not-there");
        try (ChangeWatcher watcher = ChangeWatcher.of(missing, TimeUnit.HOURS.toMillis(1))) {
            assertThat(watcher.told()).isFalse();
            watcher.await(); // returns after ChangeWatcher.POLL_MILLIS, not an hour
        }
    }
}
