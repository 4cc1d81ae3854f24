package dossier.model;

/** Whether an article's text is a translation, how it was made, and from which language. */
public record Translation(Method method, String from) {
    public enum Method {
        NONE, HUMAN, MACHINE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final Translation NONE = new Translation(Method.NONE, "");
}
