package dossier.model;

import java.util.List;
import java.util.Optional;

/** A publisher or agency. */
public record Outlet(
        String id,
        String path,
        String name,
        String url,
        String country,
        String language,
        Optional<OutletKind> outletKind,
        String owner,
        Optional<Reference> parent,
        Optional<Reliability> reliability) implements Entity {

    @Override
    public Kind kind() {
        return Kind.OUTLET;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public List<Reference> references() {
        return parent.stream().toList();
    }
}
