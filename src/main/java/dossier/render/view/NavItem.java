package dossier.render.view;

/** An entry of the site navigation; {@code current} marks the section the page belongs to. */
public record NavItem(String href, String text, boolean current) {
    // Written out: every page's navigation is looked up as a same-for value, and a record's
    // generated equals and hashCode go through method handles, which the quick compiler that a
    // one-off build runs does not inline.
    @Override
    public boolean equals(Object other) {
        return other instanceof NavItem item && current == item.current && href.equals(item.href)
                && text.equals(item.text);
    }

    @Override
    public int hashCode() {
        return (31 * href.hashCode() + text.hashCode()) * 31 + Boolean.hashCode(current);
    }
}
