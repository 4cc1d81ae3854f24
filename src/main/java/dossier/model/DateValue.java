package dossier.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * An ISO 8601 date, optionally with a time and an offset, as written in the content. Dates
 * without a time sort before any time on the same day; times with an offset are compared in UTC.
 */
public record DateValue(String text, LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset)
        implements Comparable<DateValue> {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Comparator<DateValue> ORDER = Comparator
            .comparing(DateValue::utcDate)
            .thenComparing(value -> value.utcTime().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
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

    private LocalDate utcDate() {
        if (time.isPresent() && offset.isPresent()) {
            return date.atTime(time.get()).atOffset(offset.get()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        return date;
    }

    private Optional<LocalTime> utcTime() {
        if (time.isPresent() && offset.isPresent()) {
            return Optional.of(date.atTime(time.get()).atOffset(offset.get())
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalTime());
        }
        return time;
    }

    @Override
    public int compareTo(DateValue other) {
        return ORDER.compare(this, other);
    }
}
