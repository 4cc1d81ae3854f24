package dossier.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    private java.time.Instant instant(LocalTime at) {
        return date.atTime(at).atOffset(offset.orElse(ZoneOffset.UTC)).toInstant();
    }

    // Written out rather than as a chain of comparators: the timeline sorts thousands of values
    // that share a day, and the chain made an instant for each side of every such comparison.
    @Override
    public int compareTo(DateValue other) {
        int byDay = date.compareTo(other.date);
        if (byDay != 0) {
            return byDay;
        }
        if (time.isPresent() != other.time.isPresent()) {
            return time.isPresent() ? 1 : -1;
        }
        if (time.isPresent()) {
            int byInstant = instant(time.get()).compareTo(other.instant(other.time.get()));
            if (byInstant != 0) {
                return byInstant;
            }
        }
        return text.compareTo(other.text);
    }
}
