package dossier.render;

import dossier.model.EntityKey;
import dossier.model.Kind;
import java.util.Optional;

/**
 * Where each page lives. Site paths are directory-style and relative to the site root, with
 * no leading slash ({@code people/dmitry-peskov/}; the home page is the empty path). Every link
 * a page carries is made relative from its own directory, so the same files work at a domain
 * root and under {@code /REPO/} on a project site.
 */
public final class SitePaths {
    private SitePaths() {
    }

    /** Free pages sit at the top ({@code /about/}); everything else in its collection's folder. */
    public static String of(EntityKey key) {
        return key.kind() == Kind.PAGE ? key.id() + "/" : key.kind().folder() + "/" + key.id() + "/";
    }

    /**
     * The entity whose page {@link #of} puts at this directory path, read from the path's shape:
     * whether there is such an entity is for the graph to say. Empty for any other path.
     */
    static Optional<EntityKey> keyOf(String directory) {
        if (!directory.endsWith("/") || directory.length() < 2) {
            return Optional.empty();
        }
        String inner = directory.substring(0, directory.length() - 1);
        int slash = inner.indexOf('/');
        if (slash < 0) {
            return Optional.of(new EntityKey(Kind.PAGE, inner));
        }
        if (inner.indexOf('/', slash + 1) >= 0) {
            return Optional.empty(); // ids are file names, without a slash
        }
        // Free pages sit at the top, not under their folder.
        return Kind.byFolder(inner.substring(0, slash)).filter(kind -> kind != Kind.PAGE)
                .map(kind -> new EntityKey(kind, inner.substring(slash + 1)));
    }

    public static String indexOf(Kind kind) {
        return kind.folder() + "/";
    }

    /** The file that serves a directory path. */
    public static String file(String directory) {
        return directory + "index.html";
    }

    /**
     * The relative URL from the page in directory {@code from} to the site path {@code to}:
     * {@code relative("articles/a/", "people/b/")} is {@code ../../people/b/}.
     */
    public static String relative(String from, String to) {
        // Read in place, as String.split would cut them: from's folders (no empty ones at its end),
        // to's parts (the last one, after to's last '/', never taken as common). Every link of
        // every page comes here; splitting made two arrays and a string for each folder.
        int fromFolders = folders(from);
        int toParts = to.isEmpty() ? 0 : count(to, '/') + 1;
        int common = 0;
        int fromAt = 0;
        int toAt = 0;
        while (common < fromFolders && common < toParts - 1) {
            int fromEnd = end(from, fromAt);
            int toEnd = end(to, toAt);
            if (fromEnd - fromAt != toEnd - toAt || !from.regionMatches(fromAt, to, toAt, fromEnd - fromAt)) {
                break;
            }
            common++;
            fromAt = fromEnd + 1;
            toAt = toEnd + 1;
        }
        String rest = common < toParts ? to.substring(toAt) : "";
        String relative = "../".repeat(fromFolders - common) + rest;
        return relative.isEmpty() ? "./" : relative;
    }

    /** How many parts String.split("/") cuts a path into: empty parts at its end are dropped. */
    private static int folders(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return end == 0 ? 0 : count(path.substring(0, end), '/') + 1;
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            count++;
        }
        return count;
    }

    /** Where the part starting at {@code from} ends: its '/' or the end of the path. */
    private static int end(String path, int from) {
        int slash = path.indexOf('/', from);
        return slash < 0 ? path.length() : slash;
    }

    /**
     * The path a site is served under, from its base URL: {@code /repo/} for
     * {@code https://user.github.io/repo/}, and {@code /} for none.
     */
    public static String basePath(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return "/";
        }
        String path = java.net.URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    /** {@code ../../} from {@code articles/x/}; {@code ./} from the root. */
    public static String root(String from) {
        return relative(from, "");
    }
}
