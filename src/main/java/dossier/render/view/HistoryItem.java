package dossier.render.view;

/** One commit in a page's history: its date, its message's first line, and a link to it (or empty). */
public record HistoryItem(DateView date, String subject, String hash, String href) {
}
