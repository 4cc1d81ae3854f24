package dossier.render.view;

/** A role as a line: "Press Secretary, Presidential Administration of Russia (2012 –)". */
public record Role(String title, String organisation, String period) {
}
