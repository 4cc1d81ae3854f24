package dossier.render.view;

import java.util.Locale;

/** One dated thing on the timeline: an event, a statement or an article. */
public record TimelineItem(DateView date, String kind, Link link, String detail) {
    /** The class of its list item: {@code item-} and the kind in lower case. */
    public String itemClass() {
        return "item-" + kind.toLowerCase(Locale.ROOT);
    }
}
