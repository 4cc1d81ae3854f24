package dossier.load;

/**
 * A single YAML value. {@code text} is exactly what the file says (for {@code null},
 * {@code ~} and an empty value it is empty and {@code isNull} is true); the loader does not
 * guess types, so {@code 2022-10-30} and {@code 1984} arrive as text and the model decides.
 */
public record YamlScalar(String text, boolean isNull, int line, int column) implements YamlValue {
    @Override
    public String describe() {
        return isNull ? "empty value" : "text";
    }
}
