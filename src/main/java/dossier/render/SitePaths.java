package dossier.render;

import dossier.model.EntityKey;
import dossier.model.Kind;

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
        String[] fromParts = from.isEmpty() ? new String[0] : from.split("/");
        String[] toParts = to.isEmpty() ? new String[0] : to.split("/", -1);
        int common = 0;
        while (common < fromParts.length && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < fromParts.length; i++) {
            out.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            out.append(toParts[i]);
            if (i < toParts.length - 1) {
                out.append('/');
            }
        }
        return out.isEmpty() ? "./" : out.toString();
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
