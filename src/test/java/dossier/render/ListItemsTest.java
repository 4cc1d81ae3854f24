package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListItemsTest {
    /** A line of a long list: its place (an address) and what it is sorted by. */
    record Line(String place, int date) {
    }

    private static final Comparator<Line> BY_DATE = Comparator.comparingInt(Line::date).thenComparing(Line::place);

    private static List<Line> freshSort(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(BY_DATE);
        return sorted;
    }

    /** 500 lines a-0 to a-499, on random days of a hundred. */
    private static List<Line> randomLines(Random random) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lines.add(new Line("a-" + i, random.nextInt(100)));
        }
        return lines;
    }

    @Test
    void aListSortedFromItsLastOrderIsTheListAFreshSortGives() {
        ListItems items = new ListItems();
        Random random = new Random(8);
        List<Line> lines = randomLines(random);
        for (int edit = 0; edit < 200; edit++) {
            Collections.shuffle(lines, random);
            assertEquals(freshSort(lines), items.sorted("timeline", lines, Line::place, BY_DATE), "edit " + edit);
            // One edit: a line's date changes, a line goes, or a line comes.
            int at = random.nextInt(lines.size());
            switch (random.nextInt(3)) {
                case 0 -> lines.set(at, new Line(lines.get(at).place(), random.nextInt(100)));
                case 1 -> lines.remove(at);
                default -> lines.add(new Line("b-" + edit, random.nextInt(100)));
            }
        }
    }

    @Test
    void listsOfDifferentNamesKeepOrdersOfTheirOwn() {
        ListItems items = new ListItems();
        List<Line> lines = List.of(new Line("a", 3), new Line("b", 1), new Line("c", 2));
        Comparator<Line> newestFirst = Comparator.comparingInt(Line::date).reversed().thenComparing(Line::place);
        assertEquals(List.of(lines.get(1), lines.get(2), lines.get(0)), items.sorted("oldest", lines, Line::place, BY_DATE));
        assertEquals(List.of(lines.get(0), lines.get(2), lines.get(1)), items.sorted("newest", lines, Line::place, newestFirst));
        assertEquals(List.of(lines.get(1), lines.get(2), lines.get(0)), items.sorted("oldest", lines, Line::place, BY_DATE));
    }

    @Test
    void twoItemsAtOnePlaceAreBothKept() {
        ListItems items = new ListItems();
        List<Line> lines = List.of(new Line("a", 2), new Line("b", 1));
        items.sorted("list", lines, Line::place, BY_DATE);
        List<Line> twice = List.of(new Line("a", 2), new Line("a", 0), new Line("b", 1));
        assertEquals(freshSort(twice), items.sorted("list", twice, Line::place, BY_DATE));
    }

    @Test
    void aForgottenOrderIsSortedAfresh() {
        ListItems items = new ListItems();
        List<Line> lines = List.of(new Line("a", 2), new Line("b", 1));
        items.sorted("list", lines, Line::place, BY_DATE);
        items.forget();
        List<Line> changed = List.of(new Line("a", 0), new Line("b", 1));
        assertEquals(freshSort(changed), items.sorted("list", changed, Line::place, BY_DATE));
    }

    @Test
    void aListWithAFewItemsReplacedIsTheListAFreshSortGives() {
        ListItems items = new ListItems();
        Random random = new Random(9);
        List<Line> lines = randomLines(random);
        // Given in the same order each time, as a model's entities are, with one to ten lines changed.
        for (int edit = 0; edit < 200; edit++) {
            assertEquals(freshSort(lines), items.sorted("timeline", lines, Line::place, BY_DATE), "edit " + edit);
            for (int changes = 1 + random.nextInt(10); changes > 0; changes--) {
                int at = random.nextInt(lines.size());
                lines.set(at, new Line(lines.get(at).place(), random.nextInt(100)));
            }
        }
    }

    @Test
    void oneItemReplacedTakesAFewComparisons() {
        ListItems items = new ListItems();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            lines.add(new Line("a-" + i, i % 365));
        }
        items.sorted("articles", lines, Line::place, BY_DATE);
        lines.set(5000, new Line("a-5000", 7));
        int[] comparisons = {0};
        Comparator<Line> counted = (a, b) -> {
            comparisons[0]++;
            return BY_DATE.compare(a, b);
        };

        assertEquals(freshSort(lines), items.sorted("articles", lines, Line::place, counted));
        assertTrue(comparisons[0] < 100, comparisons[0] + " comparisons");
    }

    @Test
    void aReplacementTheOrderCannotTellFromAnotherItemIsSortedAfresh() {
        ListItems items = new ListItems();
        List<Line> lines = new ArrayList<>(List.of(new Line("a", 2), new Line("b", 1), new Line("c", 3)));
        items.sorted("list", lines, Line::place, BY_DATE);
        lines.set(2, new Line("b", 1));
        assertEquals(freshSort(lines), items.sorted("list", lines, Line::place, BY_DATE));
    }
}
