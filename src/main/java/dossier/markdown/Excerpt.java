package dossier.markdown;

/**
 * A text as a list shows it: all of it, or, where it is long, its start, which is shown with an
 * ellipsis after it. Kept without the ellipsis: a character beyond Latin-1, it would make a Java
 * string of the whole text take two bytes a character, and a dossier keeps one for every link
 * (at 10,000 articles, 30 MB more to keep, and to copy as the collector promotes it).
 *
 * @param text the text, or its start
 * @param cut  whether the text goes on after {@code text}
 */
public record Excerpt(String text, boolean cut) {
    public static final Excerpt NONE = new Excerpt("", false);

    /** As a reader sees it: with an ellipsis where it is cut. */
    public String shown() {
        return cut ? text + "…" : text;
    }

    // Written out: a record's generated equals and hashCode go through method handles, slow in
    // quick-compiled code, and the mentions of every page are grouped by their excerpts.
    @Override
    public boolean equals(Object other) {
        return other instanceof Excerpt excerpt && cut == excerpt.cut && text.equals(excerpt.text);
    }

    /**
     * From the length and three characters, not all of them: hashing every character of 100,000
     * sentences of up to 300 was half a percent of a build's CPU samples at 10,000 articles, and
     * equal hashes are told apart by {@link #equals}.
     */
    @Override
    public int hashCode() {
        int length = text.length();
        int hash = 31 * length + (cut ? 1 : 0);
        return length == 0 ? hash
                : ((31 * hash + text.charAt(0)) * 31 + text.charAt(length / 2)) * 31 + text.charAt(length - 1);
    }
}
