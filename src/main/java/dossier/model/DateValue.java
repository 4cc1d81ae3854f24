package dossier.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * An ISO 8601 date, optionally with a time and an offset, as written in the content. Values sort
 * by the calendar day written, as a reader sees it; on one day, values without a time come first,
 * then the rest by the instant they name (a time without an offset is taken as UTC).
 */
public record DateValue(String text, LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset)
        implements Comparable<DateValue> {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Comparator<DateValue> ORDER = Comparator
            .comparing(DateValue::date)
            .thenComparing(value -> value.instant().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DateValue::text);

    /** "30 October 2022", or "30 October 2022, 10:00 UTC+03:00" when a time is given. */
    public String display() {
        String day = LONG.format(date);
        if (time.isEmpty()) {
            return day;
        }
        String clock = time.get().toString();
        return offset.map(o -> day + ", " + clock + " " + (o.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + o.getId()))
                .orElse(day + ", " + clock);
    }

    /** The date part in ISO form, for {@code <time datetime>} and feeds. */
    public String isoDate() {
        return date.toString();
    }

    private Optional<java.time.Instant> instant() {
        return time.map(t -> date.atTime(t).atOffset(offset.orElse(ZoneOffset.UTC)).toInstant());
    }

    @Override
    public int compareTo(DateValue other) {
        return ORDER.compare(this, other);
    }
}
