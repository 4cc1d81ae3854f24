package dossier.render;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The markup of template elements marked {@code dossier:same-for="${…}"}, kept for one build: an
 * element is rendered on the first page where its value is new, and written as it was, with the
 * links and ids it holds, on every other page where the value is the same. Much of every page is
 * the same on all pages of its depth and section (the site's navigation, the head's links, the
 * footer); rendering it once took the template engine's CPU time at 10,000 articles from
 * 7.4–7.5 to 6.5–6.8 s.
 *
 * <p>The value must tell apart everything the element shows: the site navigation, which marks the
 * page's own section and whose links climb from the page's depth, is the same for equal
 * {@code meta.nav}. Elements are told apart by their place in their template, values by
 * {@link Object#equals}. Kept for one build only, as a setting an element shows may change
 * between builds. Safe for the threads that render pages at once: two that make the same
 * element's markup make the same markup.
 */
final class RepeatedMarkup {
    /** One element of a template, and the value it is the same for. */
    record Key(String template, int line, int column, Object value) {
    }

    /** An element's markup as written, and the links and ids it holds, in document order. */
    record Made(String html, List<String> links, List<String> ids) {
    }

    private final Map<Key, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, Made> made = new ConcurrentHashMap<>();
    // The comments that mark an element's output for the page's output handler are named with a
    // value no template or content can know, so that nothing else is taken for one.
    private final String marker = newMarker();

    int number(Key key) {
        return numbers.computeIfAbsent(key, k -> next.getAndIncrement());
    }

    Made made(int number) {
        return made.get(number);
    }

    void keep(int number, Made markup) {
        made.putIfAbsent(number, markup);
    }

    private static String newMarker() {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        return "dossier-repeated-" + HexFormat.of().formatHex(nonce) + ":";
    }

    /** The start of every marking comment's content. */
    String marker() {
        return marker;
    }
}
