package dossier.check;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a relative path written on a page leads, as a site file path ({@code people/a/}), the
 * way {@link URI#resolve} and then {@link URI#normalize} tell it. Nearly every link of a site is
 * a plain relative path of letters, digits, dots, dashes and slashes; those are resolved by
 * counting segments, which is cheap, and anything else by {@link URI}, which on 13,000 pages
 * was a fifteenth of a build. A {@code ..} that climbs above the site's root is kept, so such a
 * link leads to no file of the site.
 */
final class RelativeAddress {
    private RelativeAddress() {
    }

    /**
     * @param page a site file path, {@code articles/a/index.html}
     * @param path the path part of a relative link, without query or fragment, not starting with {@code /}
     * @return the site path it leads to, decoded, without a leading slash
     */
    static String resolve(String page, String path) {
        return isPlain(path) ? bySegments(page, path) : byUri(page, path);
    }

    static String byUri(String page, String path) {
        String resolved = URI.create("https://site.invalid/" + page).resolve(path).getRawPath().substring(1);
        return URLDecoder.decode(resolved, StandardCharsets.UTF_8);
    }

    /** Letters, digits, {@code - . _ ~} and single slashes, so nothing is escaped or ambiguous. */
    static boolean isPlain(String path) {
        if (path.isEmpty() || path.startsWith("/")) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || (c == '/' && previous != '/');
            if (!plain) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** How many folders deep a site file path is: 0 for {@code index.html}, 2 for {@code articles/a/index.html}. */
    static int depth(String page) {
        int depth = 0;
        for (int slash = page.indexOf('/'); slash >= 0; slash = page.indexOf('/', slash + 1)) {
            depth++;
        }
        return depth;
    }

    /** How many {@code ..} segments a link starts with: 2 for {@code ../../people/a/}. */
    static int climbs(String reference) {
        int climbs = 0;
        int at = 0;
        while (reference.startsWith("..", at)
                && (reference.length() == at + 2 || reference.charAt(at + 2) == '/')) {
            climbs++;
            at += 3;
        }
        return climbs;
    }

    /**
     * Whether a link that starts with as many {@code ..} as its page is deep leads to the same
     * file from any page of that depth: its path is plain, so nothing in it is escaped, and not
     * empty, as {@code #top} stays on its own page.
     */
    static boolean leavesThePageBehind(String reference) {
        int hash = reference.indexOf('#');
        String path = hash < 0 ? reference : reference.substring(0, hash);
        String fragment = hash < 0 ? "" : reference.substring(hash + 1);
        return isPlain(path) && (fragment.isEmpty() || isPlain(fragment));
    }

    private static String bySegments(String page, String path) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int slash = page.indexOf('/'); slash >= 0; slash = page.indexOf('/', start)) {
            segments.add(page.substring(start, slash));
            start = slash + 1;
        }
        boolean directory = false;
        start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            String segment = path.substring(start, end);
            boolean last = slash < 0;
            directory = last;
            if (segment.equals("..")) {
                if (!segments.isEmpty() && !segments.get(segments.size() - 1).equals("..")) {
                    segments.remove(segments.size() - 1);
                } else {
                    segments.add(segment);
                    directory = false; // as URI.normalize: a ".." kept at the end has no slash after it
                }
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.add(segment);
                directory = false;
            }
            start = end + 1;
        }
        String joined = String.join("/", segments);
        return directory && !segments.isEmpty() ? joined + "/" : joined;
    }
}
