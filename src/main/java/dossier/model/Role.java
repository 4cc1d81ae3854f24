package dossier.model;

import java.util.Optional;

/** A position a person held, from and to when known. */
public record Role(String title, String organisation, Optional<DateValue> from, Optional<DateValue> to) {
}
