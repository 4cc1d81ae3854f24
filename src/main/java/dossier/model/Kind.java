package dossier.model;

import java.util.List;
import java.util.Optional;

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

    private static final List<Kind> ALL = List.of(values());

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
        // A loop, not a stream: asked for every typed link of every body.
        for (Kind kind : ALL) {
            if (kind.prefix.equals(prefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static Optional<Kind> byFolder(String folder) {
        for (Kind kind : ALL) {
            if (kind.folder.equals(folder)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
