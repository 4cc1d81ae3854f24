package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.TestDossier;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates with and without times and offsets, in the order a reader expects on the timeline. */
class DateValueTest {
    @TempDir
    Path folder;

    @Test
    void timelineOrdersByDayThenUntimedThenInstant() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/articles/kyiv-morning.yaml --
                title: Kyiv morning
                outlet: daily-news
                published: 2022-10-30T10:00:00+02:00
                -- content/articles/london-morning.yaml --
                title: London morning
                outlet: daily-news
                published: 2022-10-30T09:00Z
                -- content/articles/moscow-night.yaml --
                title: Moscow night
                outlet: daily-news
                published: 2022-10-31T01:00:00+0300
                -- content/articles/local-time.yaml --
                title: Local time
                outlet: daily-news
                published: 2022-10-30T08:30
                -- content/events/halloween.yaml --
                title: Halloween
                date: 2022-10-31
                """);
        assertThat(dossier.run("build").status()).isZero();
        Document timeline = Jsoup.parse(dossier.read("timeline/index.html"));
        assertThat(timeline.select(".month h2").eachText()).containsExactly("December 2021", "October 2022", "November 2022");
        assertThat(timeline.select(".month").get(1).select("li a").eachText()).containsExactly(
                "“We are ready for negotiations at any time.”", // 30 October, no time: first on its day
                "Ministry says it is ready to talk",           // 10:00+02:00 = 08:00 UTC
                "Kyiv morning",                                // 10:00+02:00 = 08:00 UTC
                "Local time",                                  // 08:30, no offset: taken as UTC
                "London morning",                              // 09:00 UTC
                "Halloween",                                   // 31 October, no time
                "Ministry: ready to negotiate",                // 31 October, no time
                "Moscow night");                               // 31 October 01:00+03:00, though 30 October in UTC
        assertThat(timeline.select(".month").get(1).select("li time").last().text())
                .isEqualTo("31 October 2022, 01:00 UTC+03:00");
    }

    @Test
    void aDayIsWrittenAsTheEnglishFormatterWritesIt() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
        for (int year : new int[] {0, 7, 45, 999, 1000, 2022, 9999, 10000, -1}) {
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                assertThat(DateValue.longDay(day)).isEqualTo(formatter.format(day));
            }
        }
    }

    @Test
    void aCalendarDayIsReadAsLocalDateParsesIt() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            // Months and days around their limits, and any year.
            String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(15), random.nextInt(34));
            LocalDate expected;
            try {
                expected = LocalDate.parse(text);
            } catch (DateTimeException e) {
                assertThatThrownBy(() -> DateValue.calendarDay(text)).as(text).isInstanceOf(DateTimeException.class);
                continue;
            }
            assertThat(DateValue.calendarDay(text)).as(text).isEqualTo(expected);
        }
    }
}
