package dossier.model;

import java.util.List;

/** A person who speaks or is named in the dossier. */
public record Person(
        String id,
        String path,
        String name,
        List<String> aliases,
        List<Role> roles,
        String country,
        String wikidata) implements Entity {

    public Person {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    @Override
    public Kind kind() {
        return Kind.PERSON;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public List<Reference> references() {
        return List.of();
    }
}
