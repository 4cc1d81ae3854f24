package dossier.render.view;

/** One dated thing on the timeline: an event, a statement or an article. */
public record TimelineItem(DateView date, String kind, Link link, String detail) {
}
