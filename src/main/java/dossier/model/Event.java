package dossier.model;

import java.util.List;
import java.util.Optional;

/** A background event: on one date, or from a start to an end. */
public record Event(
        String id,
        String path,
        String title,
        Optional<DateValue> date,
        Optional<DateValue> start,
        Optional<DateValue> end,
        String place,
        List<Reference> topics,
        List<String> sources) implements Entity {

    public Event {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
    }

    @Override
    public Kind kind() {
        return Kind.EVENT;
    }

    /** The date the event is placed at on a timeline: its date, or its start. */
    public DateValue when() {
        return date.or(() -> start).orElseThrow();
    }

    @Override
    public List<Reference> references() {
        return topics;
    }
}
