package dossier.model;

/** Where something was written: a path relative to the dossier folder and a 1-based line and column. */
public record Position(String path, int line, int column) {
}
