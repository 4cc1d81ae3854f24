package dossier.render;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The markup of template elements marked {@code dossier:same-for="${…}"}: an element is rendered
 * where its value is new, and written as it was, with the links and ids it holds, wherever the
 * value is the same again. Much of every page is the same on all pages of its depth and section
 * (the site's navigation, the head's links, the footer); rendering it once took the template
 * engine's CPU time at 10,000 articles from 7.4–7.5 to 6.5–6.8 s.
 *
 * <p>The value must tell apart everything the element shows that can differ within a build: the
 * site navigation, which marks the page's own section and whose links climb from the page's
 * depth, is the same for equal {@code meta.nav}. Elements are told apart by their place in their
 * template, values by {@link Object#equals}.
 *
 * <p>A one-off build keeps markup {@link #forOneBuild for that build}, and stops marking a place
 * whose first {@value #TRIES} values were all new (a list item that shows one entity: kept, it
 * would only cost memory). serve keeps it {@link #acrossBuilds across builds}, where such an item
 * is what saves the work: after one article's title changed, the timeline's other ten thousand
 * items are as they were. Whoever keeps it across builds starts afresh when the templates or
 * anything every page reads (the settings) change, since an element may show those without
 * their being in its value. Safe for the threads that render pages at once: two that make the
 * same element's markup make the same markup.
 */
final class RepeatedMarkup {
    /** What {@link #number} gives for an element at a place no longer marked. */
    static final int UNMARKED = -1;
    // How many values a place sees, none of them twice, before a one-off build stops marking it.
    private static final int TRIES = 64;

    /** An element's place in its template. */
    record Place(String template, int line, int column) {
        // Written out, here and in Key: a record's generated equals and hashCode go through
        // method handles, slow in quick-compiled code, and each element marked same-for looks
        // its place and value up on every page (half a percent of a build's CPU samples at
        // 10,000 articles, in the method handles' frames).
        @Override
        public boolean equals(Object other) {
            return other instanceof Place place && line == place.line && column == place.column
                    && template.equals(place.template);
        }

        @Override
        public int hashCode() {
            return (31 * template.hashCode() + line) * 31 + column;
        }
    }

    /**
     * An element's markup as written, in UTF-8, and the links and ids it holds, in document
     * order. Kept encoded, it is written into each page as it is: encoded again each time it was
     * written, it was a fifth of the template engine's work in serve after a title changed (the
     * listing pages' items written as made).
     */
    record Made(byte[] utf8, List<String> links, List<String> ids) {
        String html() {
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }

    private record Key(Place place, Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && place.equals(key.place) && Objects.equals(value, key.value);
        }

        @Override
        public int hashCode() {
            return 31 * place.hashCode() + Objects.hashCode(value);
        }
    }

    /** How a place has fared: values seen, and whether one came again. */
    private static final class Tally {
        private final AtomicInteger values = new AtomicInteger();
        private volatile boolean repeated;
    }

    private final boolean acrossBuilds;
    private final Map<Key, Integer> numbers = new ConcurrentHashMap<>();
    private final Map<Place, Tally> places = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, Made> made = new ConcurrentHashMap<>();
    // The comments that mark an element's output for the page's output handler are named with a
    // value no template or content can know, so that nothing else is taken for one.
    private final String marker = newMarker();

    private RepeatedMarkup(boolean acrossBuilds) {
        this.acrossBuilds = acrossBuilds;
    }

    /** For one build, which gives up places whose values do not come again. */
    static RepeatedMarkup forOneBuild() {
        return new RepeatedMarkup(false);
    }

    /** For serve's builds, one after the other while templates and settings are the same. */
    static RepeatedMarkup acrossBuilds() {
        return new RepeatedMarkup(true);
    }

    /** The number of the element at this place with this value, or {@link #UNMARKED}. */
    int number(Place place, Object value) {
        // Across builds every place stays marked, and needs no tally.
        Tally tally = acrossBuilds ? null : places.computeIfAbsent(place, p -> new Tally());
        if (tally != null && !tally.repeated && tally.values.get() >= TRIES) {
            return UNMARKED;
        }
        Key key = new Key(place, value);
        Integer number = numbers.get(key);
        if (number != null) {
            if (tally != null && !tally.repeated) {
                tally.repeated = true;
            }
            return number;
        }
        if (tally != null) {
            tally.values.incrementAndGet();
        }
        return numbers.computeIfAbsent(key, k -> next.getAndIncrement());
    }

    Made made(int number) {
        return made.get(number);
    }

    void keep(int number, Made markup) {
        made.putIfAbsent(number, markup);
    }

    /** How many elements' markup is kept. */
    int size() {
        return made.size();
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
