package dossier.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of entity a dossier holds. Each has the folder it lives in under {@code content/},
 * the prefix of its typed links ({@code person:dmitry-peskov}) and its URL section.
 */
public enum Kind {
    ARTICLE("article", "articles", "Article", "Articles"),
    OUTLET("outlet", "outlets", "Outlet", "Outlets"),
    PERSON("person", "people", "Person", "People"),
    QUOTE("quote", "quotes", "Quote", "Quotes"),
    EVENT("event", "events", "Event", "Events"),
    TOPIC("topic", "topics", "Topic", "Topics"),
    PAGE("page", "pages", "Page", "Pages");

    // Looked up for every file of every load and every typed link of every body: a map, not a
    // walk over the kinds (8 ms of each rebuild in serve at 10,000 articles, in profiled code).
    private static final Map<String, Kind> BY_PREFIX = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Kind::prefix, kind -> kind));
    private static final Map<String, Kind> BY_FOLDER = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Kind::folder, kind -> kind));

    private final String prefix;
    private final String folder;
    private final String singular;
    private final String plural;

    Kind(String prefix, String folder, String singular, String plural) {
        this.prefix = prefix;
        this.folder = folder;
        this.singular = singular;
        this.plural = plural;
    }

    /** The scheme of a typed link and the word used in messages: {@code person}. */
    public String prefix() {
        return prefix;
    }

    /** The folder under {@code content/} and the URL section: {@code people}. */
    public String folder() {
        return folder;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    public static Optional<Kind> byPrefix(String prefix) {
        return Optional.ofNullable(BY_PREFIX.get(prefix));
    }

    public static Optional<Kind> byFolder(String folder) {
        return Optional.ofNullable(BY_FOLDER.get(folder));
    }
}
