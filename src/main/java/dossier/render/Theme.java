package dossier.render;

import dossier.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and static assets a dossier is rendered with: the dossier's own
 * {@code templates/} folder first, file by file, then the theme bundled in the jar.
 */
public final class Theme {
    /** Where the bundled theme sits on the class path (the repository's {@code templates/}). */
    static final String BUNDLED = "theme/";
    static final String TEMPLATES = "templates";
    static final String ASSETS = "assets";

    private final Path overrides;
    private final boolean compiled;

    /** @param dossierFolder the folder that may hold a {@code templates/} folder of its own */
    public Theme(Path dossierFolder) {
        this(dossierFolder.resolve(TEMPLATES), true);
    }

    private Theme(Path overrides, boolean compiled) {
        this.overrides = overrides;
        this.compiled = compiled;
    }

    /**
     * The same theme rendered by Thymeleaf alone: without {@link CompiledTemplate compiling} the
     * templates it can, which renders them to the same bytes, faster.
     */
    public Theme thymeleafOnly() {
        return new Theme(overrides, false);
    }

    /** Whether templates are compiled where they can be. */
    boolean compiled() {
        return compiled;
    }

    Path overrideFolder() {
        return overrides;
    }

    /**
     * Refuses symbolic links anywhere in the dossier's {@code templates/}: the template engine
     * would follow one, and could read a file from outside the dossier as a template.
     *
     * @return whether the folder is free of them (or absent)
     */
    boolean checkLinks(Diagnostics diagnostics) {
        if (Files.isSymbolicLink(overrides)) {
            diagnostics.error(TEMPLATES, 1, 1, "templates/ is a symbolic link", "make it a real folder inside the dossier");
            return false;
        }
        if (!Files.isDirectory(overrides)) {
            return true;
        }
        boolean clean = true;
        try (Stream<Path> walk = Files.walk(overrides)) {
            for (Path file : walk.sorted().toList()) {
                if (Files.isSymbolicLink(file)) {
                    diagnostics.error(TEMPLATES + "/" + overrides.relativize(file).toString().replace('\\', '/'), 1, 1,
                            "symbolic links are not allowed in templates/", "replace the link with the file itself");
                    clean = false;
                }
            }
        } catch (IOException e) {
            diagnostics.error(TEMPLATES, 1, 1, "cannot read templates/: " + e.getMessage(), "");
            return false;
        }
        return clean;
    }

    boolean overrides(String file) {
        return Files.isRegularFile(overrides.resolve(file), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Every static asset by its path under {@code assets/}: the bundled ones, replaced or
     * joined by the dossier's own.
     */
    SortedMap<String, byte[]> assets(Diagnostics diagnostics) {
        SortedMap<String, byte[]> assets = new TreeMap<>();
        readBundledAssets(assets);
        Path own = overrides.resolve(ASSETS);
        if (Files.isDirectory(own, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(own)) {
                for (Path file : walk.sorted().toList()) {
                    // Links were refused by checkLinks before rendering began.
                    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        assets.put(own.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                diagnostics.error(TEMPLATES + "/" + ASSETS, 1, 1, "cannot read the theme's assets: " + e.getMessage(), "");
            }
        }
        return assets;
    }

    private static void readBundledAssets(SortedMap<String, byte[]> into) {
        URL url = Theme.class.getClassLoader().getResource(BUNDLED + ASSETS);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    collect(jar.getPath("/" + BUNDLED + ASSETS), into);
                }
            } else {
                collect(Path.of(uri), into);
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("the bundled theme cannot be read", e));
        }
    }

    private static void collect(Path folder, SortedMap<String, byte[]> into) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                into.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }
}
