package dossier.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
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
    private static final String[] MONTHS = Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

    /**
     * The day {@code 2022-10-30} names, written as four, two and two ASCII digits, as the content's
     * date pattern has matched them. The numbers are read as they stand: LocalDate.parse runs a
     * general parser for each of 10,000 articles' dates, which the quick compiler then compiles.
     *
     * @throws DateTimeException when there is no such day (a 13th month, 30 February)
     */
    static LocalDate calendarDay(String isoDate) {
        return LocalDate.of(Integer.parseInt(isoDate, 0, 4, 10), Integer.parseInt(isoDate, 5, 7, 10),
                Integer.parseInt(isoDate, 8, 10, 10));
    }

    /** "30 October 2022", or "30 October 2022, 10:00 UTC+03:00" when a time is given. */
    public String display() {
        String day = longDay(date);
        if (time.isEmpty()) {
            return day;
        }
        String clock = time.get().toString();
        return offset.map(o -> day + ", " + clock + " " + (o.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + o.getId()))
                .orElse(day + ", " + clock);
    }

    /**
     * "30 October 2022", as {@code d MMMM uuuu} in English writes it, but without a formatter's
     * general machinery for the dates of every page: the month's name is the JDK's.
     */
    static String longDay(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return LONG.format(date); // signed: beyond what a content date can be
        }
        String digits = Integer.toString(year);
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + "000".substring(digits.length() - 1)
                + digits;
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
