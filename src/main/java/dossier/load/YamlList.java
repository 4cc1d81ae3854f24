package dossier.load;

import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlValue> items, int line, int column) implements YamlValue {
    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "list";
    }
}
