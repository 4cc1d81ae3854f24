package dossier.render.view;

/** One line of a list: a link and a short detail such as the outlet and date. */
public record Entry(Link link, String detail) {
}
