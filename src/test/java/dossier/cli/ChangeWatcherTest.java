package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
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

            Path article = folder.resolve("content/articles/new.md");
            Files.writeString(article, "---\ntitle: New\n---\n");
            assertThat(watcher.await()).contains(Set.of(article));

            Path people = folder.resolve("content/people");
            Files.createDirectories(people);
            assertThat(watcher.await()).contains(Set.of(people));
            Path person = people.resolve("anna.yaml");
            Files.writeString(person, "name: Anna\n");
            assertThat(watcher.await()).contains(Set.of(person));

            Path template = folder.resolve("templates/page.html");
            Files.writeString(template, "<!DOCTYPE html>");
            assertThat(watcher.await()).contains(Set.of(template));

            // Saved in steps, as editors do: one wake for all of them.
            Path temporary = folder.resolve("content/articles/.new.md.tmp");
            Files.writeString(temporary, "---\ntitle: Newer\n---\n");
            Files.move(temporary, article, StandardCopyOption.REPLACE_EXISTING);
            assertThat(watcher.await()).contains(Set.of(temporary, article));
        }
    }

    /** serve asks between rehearsed edits whether a change waits, and then waits no longer for it. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aChangeToldBeforeAnyoneWaitsIsPendingAndReturnedAtOnce() throws Exception {
        Files.createDirectories(folder.resolve("content/articles"));
        try (ChangeWatcher watcher = ChangeWatcher.of(folder, TimeUnit.HOURS.toMillis(1))) {
            assumeTrue(watcher.told(), "this file system does not tell of changes; serve polls instead");
            assertThat(watcher.pending()).isFalse();

            Path article = folder.resolve("content/articles/new.md");
            Files.writeString(article, "---\ntitle: New\n---\n");
            while (!watcher.pending()) {
                Thread.sleep(5);
            }
            assertThat(watcher.pending()).as("asked again, still pending").isTrue();
            assertThat(watcher.await()).contains(Set.of(article));
            assertThat(watcher.pending()).isFalse();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void whereNothingCanBeWatchedItLooksEveryFifthOfASecond() throws Exception {
        Path missing = folder.resolve("not-there");
        try (ChangeWatcher watcher = ChangeWatcher.of(missing, TimeUnit.HOURS.toMillis(1))) {
            assertThat(watcher.told()).isFalse();
            // Returns after ChangeWatcher.POLL_MILLIS, not an hour, and tells nothing: look at everything.
            assertThat(watcher.await()).isEmpty();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void whenItIsTimeToLookAnywayItTellsNothing() throws Exception {
        Files.createDirectories(folder.resolve("content"));
        try (ChangeWatcher watcher = ChangeWatcher.of(folder, 50)) {
            assumeTrue(watcher.told(), "this file system does not tell of changes; serve polls instead");
            assertThat(watcher.await()).isEmpty();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void looksLessOftenWhileNothingIsToldAndSoonAgainAfterAChange() throws Exception {
        try (ChangeWatcher watcher = lookingEvery20To80Millis()) {
            assertThat(watcher.nextLookMillis()).isEqualTo(20);
            assertThat(watcher.await()).isEmpty();
            assertThat(watcher.nextLookMillis()).isEqualTo(40);
            watcher.await();
            watcher.await();
            assertThat(watcher.nextLookMillis()).isEqualTo(80);

            Path article = folder.resolve("content/new.md");
            Files.writeString(article, "---\ntitle: New\n---\n");
            assertThat(watcher.await()).contains(Set.of(article));
            // A change told is no sign the file system misses some: the looks still grow apart.
            watcher.changed();
            assertThat(watcher.nextLookMillis()).isEqualTo(20);
            watcher.await();
            assertThat(watcher.nextLookMillis()).isEqualTo(40);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aChangeFoundThatWentUntoldKeepsTheLooksAtTheShortestWait() throws Exception {
        try (ChangeWatcher watcher = lookingEvery20To80Millis()) {
            watcher.await();
            assertThat(watcher.nextLookMillis()).isEqualTo(40);
            watcher.changed(); // what serve says when the look found a change
            assertThat(watcher.nextLookMillis()).isEqualTo(20);
            watcher.await();
            watcher.await();
            assertThat(watcher.nextLookMillis()).isEqualTo(20);
        }
    }

    private ChangeWatcher lookingEvery20To80Millis() throws Exception {
        Files.createDirectories(folder.resolve("content"));
        ChangeWatcher watcher = ChangeWatcher.of(folder, 20, 80);
        if (!watcher.told()) {
            watcher.close();
        }
        assumeTrue(watcher.told(), "this file system does not tell of changes; serve polls instead");
        return watcher;
    }
}
