package dossier.write;

import java.nio.file.Path;

/**
 * Confirms that an output path stays inside the folder being written. Deliberately independent
 * of the code that builds site paths: it looks only at the normalised result, so a mistake there
 * (or a hostile id that slipped past validation) cannot write elsewhere.
 */
final class OutputGuard {
    private final Path root;

    OutputGuard(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path resolve(String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.contains("\\") || sitePath.contains("\0")) {
            throw new IllegalArgumentException("refusing output path '" + sitePath + "'");
        }
        Path target = root.resolve(sitePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing output path '" + sitePath + "' outside " + root);
        }
        return target;
    }
}
