package dossier.model;

/** An Admiralty-scale source grade (A to F) and why it was given. */
public record Reliability(String grade, String rationale) {
}
