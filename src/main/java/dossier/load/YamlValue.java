package dossier.load;

/**
 * A YAML value with the 1-based file position where it starts. Content metadata is read into
 * this small tree rather than into Jackson's, so that later stages can point at any value
 * without depending on the parser.
 */
public sealed interface YamlValue permits YamlScalar, YamlList, YamlMap {
    int line();

    int column();

    /** What a diagnostic calls this kind of value: "text", "list" or "mapping". */
    String describe();
}
