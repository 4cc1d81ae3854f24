package dossier.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Waits until something under a dossier's folder may have changed, for serve. Where the file
 * system tells of changes (inotify on Linux), serve wakes when a file is saved, and otherwise
 * only every few seconds to look for itself; walking 13,000 files every 0.2 s cost a tenth of a
 * core while nothing changed. Where it does not (the JDK polls on macOS, and some mounted
 * folders never tell), serve looks every 0.2 s as before. Where it is told, it is also told
 * which paths changed, so that it looks again at those alone instead of walking every file;
 * whoever waits still compares them with what it saw before to know what changed. The look in
 * case a change went untold comes 2 s after the last change and then at twice the wait each
 * time, up to every 16 s, while nothing is told: at 10,000 articles each look is a walk of
 * 13,000 files, 60-80 ms of CPU, and one that starts just before a save delays its rebuild by as
 * much. Once such a look finds a change that went untold, the file system is not to be trusted
 * and the looks stay 2 s apart.
 */
final class ChangeWatcher implements AutoCloseable {
    /** How often to look without being told, where the file system does not tell. */
    static final long POLL_MILLIS = 200;
    /** The shortest wait before looking without being told, where it does: in case a change went untold. */
    static final long SAFETY_POLL_MILLIS = 2_000;
    /** The longest wait between such looks, reached while nothing changes. */
    static final long QUIET_SAFETY_POLL_MILLIS = 16_000;
    // Editors save in steps (a temporary file, then a rename); one look after the last step.
    private static final long SETTLE_MILLIS = 20;

    private final Path root;
    private final WatchService service;
    private final long safetyPollMillis;
    private final long quietSafetyPollMillis;
    // The wait before the next look in case a change went untold, and whether it may grow.
    private long nextLookMillis;
    private boolean backingOff = true;
    private boolean lastWasLook;
    // A change told before anyone waited for it, found by pending().
    private WatchKey waiting;

    private ChangeWatcher(Path root, WatchService service, long safetyPollMillis, long quietSafetyPollMillis) {
        this.root = root;
        this.service = service;
        this.safetyPollMillis = safetyPollMillis;
        this.quietSafetyPollMillis = Math.max(safetyPollMillis, quietSafetyPollMillis);
        this.nextLookMillis = safetyPollMillis;
    }

    /**
     * Watches {@code content/} and {@code templates/} under a dossier's folder, and folders made
     * there later; polls where it cannot.
     */
    static ChangeWatcher of(Path root) {
        return of(root, SAFETY_POLL_MILLIS, QUIET_SAFETY_POLL_MILLIS);
    }

    static ChangeWatcher of(Path root, long safetyPollMillis) {
        return of(root, safetyPollMillis, safetyPollMillis);
    }

    static ChangeWatcher of(Path root, long safetyPollMillis, long quietSafetyPollMillis) {
        WatchService service = null;
        try {
            service = FileSystems.getDefault().newWatchService();
            if (service.getClass().getName().contains("Polling")) {
                service.close(); // a poll every few seconds in the JDK itself: slower than ours
                service = null;
            }
        } catch (IOException | UnsupportedOperationException e) {
            service = null;
        }
        ChangeWatcher watcher = new ChangeWatcher(root, service, safetyPollMillis, quietSafetyPollMillis);
        if (service != null && (!Files.isDirectory(root) || !watcher.register(root))) {
            watcher.close();
            return new ChangeWatcher(root, null, safetyPollMillis, quietSafetyPollMillis);
        }
        return watcher;
    }

    /** Whether changes are told by the file system rather than looked for. */
    boolean told() {
        return service != null;
    }

    /**
     * Returns when something may have changed: on a change told, or when it is time to look
     * anyway.
     *
     * @return the paths the file system told of, each a file or folder that came, went or was
     *         written; empty when serve must look at everything: where changes are not told, when
     *         it is time to look in case one went untold, and when the file system lost count
     * @throws InterruptedException when serve is stopped while waiting
     */
    Optional<Set<Path>> await() throws InterruptedException {
        if (service == null) {
            Thread.sleep(POLL_MILLIS);
            return Optional.empty();
        }
        WatchKey key = waiting != null ? waiting : service.poll(nextLookMillis, TimeUnit.MILLISECONDS);
        waiting = null;
        lastWasLook = key == null;
        if (key == null) {
            if (backingOff) {
                nextLookMillis = Math.min(nextLookMillis * 2, quietSafetyPollMillis);
            }
            return Optional.empty();
        }
        nextLookMillis = safetyPollMillis;
        Set<Path> told = new TreeSet<>();
        boolean complete = true;
        while (key != null) {
            complete &= drain(key, told);
            key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return complete ? Optional.of(told) : Optional.empty();
    }

    /**
     * Whether the file system has told of a change that {@link #await} has not returned yet, to
     * be asked without waiting between pieces of work that can wait; false where changes are not
     * told.
     */
    boolean pending() {
        if (service != null && waiting == null) {
            waiting = service.poll();
        }
        return waiting != null;
    }

    /**
     * Takes a key's events into {@code told}, and watches the folders they made; false when
     * some events were lost.
     */
    private boolean drain(WatchKey key, Set<Path> told) {
        Path folder = (Path) key.watchable();
        boolean complete = true;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                complete = false;
            } else if (event.context() instanceof Path name) {
                Path changed = folder.resolve(name);
                told.add(changed);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                        && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                    register(changed);
                }
            }
        }
        // A key no longer valid is a folder gone; its parent's key told of it.
        key.reset();
        return complete;
    }

    /**
     * Tells the watcher that what its last return led to looking at had changed. When that
     * return was a look in case a change went untold, one did: from now on such looks come at
     * the shortest wait.
     */
    void changed() {
        if (lastWasLook && service != null) {
            backingOff = false;
            nextLookMillis = safetyPollMillis;
        }
    }

    /** How long the next wait for a change told lasts before serve looks anyway. */
    long nextLookMillis() {
        return service == null ? POLL_MILLIS : nextLookMillis;
    }

    /** Watches a folder and every folder under it; false when the file system refuses. */
    private boolean register(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    // The output folder changes on every build; it is not content.
                    if (!dir.equals(root) && dir.getParent().equals(root) && !watched(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // the walk that reads content reports it
                }
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The folders of a dossier whose changes serve rebuilds for. */
    private static boolean watched(String folder) {
        return folder.equals("content") || folder.equals("templates");
    }

    @Override
    public void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // Closing only releases the watches; nothing is lost.
            }
        }
    }
}
