package dossier.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping with text keys, in file order; every key keeps its own position. */
public record YamlMap(Map<String, Entry> entries, int line, int column) implements YamlValue {

    /** One {@code key: value} pair; the position is the key's. */
    public record Entry(String key, int line, int column, YamlValue value) {
    }

    public YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static YamlMap empty(int line, int column) {
        return new YamlMap(Map.of(), line, column);
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public String describe() {
        return "mapping";
    }
}
