package dossier.write;

import dossier.render.RenderedSite;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * The write stage: writes a rendered site into a fresh staging folder beside the output folder,
 * then swaps it in with two renames. Until the first rename the previous site is untouched; a
 * build that fails or is killed while writing leaves only a staging folder, which the next build
 * removes. The window between the two renames is recovered from at the next start: the previous
 * site is still there under its backup name.
 */
public final class SiteWriter {
    private static final String STAGING = ".staging";
    private static final String PREVIOUS = ".previous";

    public void write(RenderedSite site, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write a site to the file system root");
        }
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + target.getFileName() + STAGING);
        Path previous = parent.resolve("." + target.getFileName() + PREVIOUS);
        recover(target, previous);
        deleteTree(staging);
        Files.createDirectory(staging);
        OutputGuard guard = new OutputGuard(staging);
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            Path path = guard.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " is a symbolic link; refusing to replace it");
        }
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        deleteTree(previous);
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

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
