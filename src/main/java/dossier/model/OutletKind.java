package dossier.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of publisher an outlet is, which tells a reader how far to trust it alone. */
public enum OutletKind {
    INDEPENDENT, PUBLIC, STATE_CONTROLLED, STATE_AFFILIATED, WIRE, AGGREGATOR, CONTENT_FARM;

    /** As written in content: {@code state-controlled}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** As shown to readers: "state-controlled". */
    public String label() {
        return slug();
    }

    public static Optional<OutletKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }
}
