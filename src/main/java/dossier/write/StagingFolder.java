package dossier.write;

import dossier.render.SiteOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The write stage: a fresh staging folder beside the output folder that the render stage writes
 * into as pages are made, swapped in with two renames by {@link #commit()} once every check has
 * passed. Until the first rename the previous site is untouched; a build that fails is closed
 * without committing and its staging folder removed; one that is killed leaves only a staging
 * folder, which the next build removes. The window between the two renames is recovered from
 * at the next start: the previous site is still there under its backup name. A lock file beside
 * the output folder keeps a second build into the same folder from deleting or mixing into the
 * first one's staging folder; the second stops at once with a message.
 */
public final class StagingFolder implements SiteOutput, AutoCloseable {
    private static final String STAGING = ".staging";
    private static final String PREVIOUS = ".previous";
    private static final String LOCK = ".lock";

    private final Path target;
    private final Path staging;
    private final Path previous;
    private final OutputGuard guard;
    private final Lock lock;
    private final AtomicInteger files = new AtomicInteger();
    private boolean committed;

    private StagingFolder(Path target, Path staging, Path previous, Lock lock) {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
        this.lock = lock;
        this.guard = new OutputGuard(staging);
    }

    /** The lock file, open and locked, for as long as this build writes. */
    private record Lock(Path path, FileChannel channel) {
        static Lock take(Path path, Path target) throws IOException {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another build in this very process
            } catch (IOException e) {
                // A file system without locks (some network mounts): build as before there was one.
                return new Lock(path, channel);
            }
            if (lock == null) {
                channel.close();
                throw new IOException("another build is writing " + target + " now; wait for it to finish");
            }
            return new Lock(path, channel);
        }

        /** Deleted before it is released: a build that opens the file after the release makes a new one. */
        void release() throws IOException {
            try {
                Files.deleteIfExists(path);
            } finally {
                channel.close();
            }
        }
    }

    /** Prepares to replace {@code out}; a site left half-swapped by a killed build is restored first. */
    public static StagingFolder open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write a site to the file system root");
        }
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + target.getFileName() + STAGING);
        Path previous = parent.resolve("." + target.getFileName() + PREVIOUS);
        Lock lock = Lock.take(parent.resolve("." + target.getFileName() + LOCK), target);
        try {
            recover(target, previous);
            deleteTree(staging);
            Files.createDirectory(staging);
        } catch (IOException | RuntimeException e) {
            lock.release();
            throw e;
        }
        return new StagingFolder(target, staging, previous, lock);
    }

    @Override
    public void write(String path, byte[] content) {
        Path file = guard.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            // One write for the whole file: Files.write hands the channel 8 KiB at a time, two
            // system calls for most article pages, 10,000 more at 10,000 articles.
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
    }

    @Override
    public void writeStreaming(String path, Streamed content) {
        Path file = guard.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
    }

    @Override
    public byte[] read(String path) {
        try {
            return Files.readAllBytes(guard.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files have been written. */
    public int files() {
        return files.get();
    }

    /** Swaps the staged site in for the output folder. */
    public void commit() throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " is a symbolic link; refusing to replace it");
        }
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        committed = true;
        deleteTree(previous);
    }

    /** Removes the staging folder unless it was committed; the output folder is never touched. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                deleteTree(staging);
            }
        } finally {
            lock.release();
        }
    }

    /** A build killed between the two renames left no site but a backup: put the backup back. */
    private static void recover(Path target, Path previous) throws IOException {
        if (!Files.exists(target) && Files.isDirectory(previous)) {
            move(previous, target);
        } else {
            deleteTree(previous);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
