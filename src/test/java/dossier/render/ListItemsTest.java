package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.EntityKey;
import dossier.model.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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

    /** The keys of articles a-0 to a-(n-1), as a page asks for its items. */
    private static List<EntityKey> articles(int n) {
        List<EntityKey> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(new EntityKey(Kind.ARTICLE, "a-" + i));
        }
        return keys;
    }

    private static Fact metadataOf(EntityKey key) {
        return new Fact(Fact.Aspect.ENTITY, key);
    }

    /** One build of the page "index", asking for these items: each one kept, or made of its key's metadata. */
    private static List<Object> build(ListItems items, Optional<ChangedFacts> changed, List<EntityKey> asked) {
        items.start(changed);
        items.pageMade("index");
        List<Object> listed = new ArrayList<>();
        for (EntityKey key : asked) {
            ListItems.Made kept = items.kept("index", key);
            if (kept == null) {
                kept = new ListItems.Made(new Line(key.id(), 0), Set.of(metadataOf(key)));
                items.keep("index", key, kept);
            }
            listed.add(kept.item());
        }
        items.finish();
        return listed;
    }

    @Test
    void anItemIsMadeAgainOnlyWhereWhatItReadChanged() {
        ListItems items = new ListItems();
        List<EntityKey> keys = articles(100);
        List<Object> first = build(items, Optional.empty(), keys);
        List<Object> second = build(items, Optional.of(ChangedFacts.of(metadataOf(keys.get(40)))), keys);

        for (int i = 0; i < keys.size(); i++) {
            if (i == 40) {
                assertNotSame(first.get(i), second.get(i));
            } else {
                assertSame(first.get(i), second.get(i), "item " + i);
            }
        }
        // The item made again is the one kept from then on.
        List<Object> third = build(items, Optional.of(ChangedFacts.of(metadataOf(keys.get(7)))), keys);
        assertSame(second.get(40), third.get(40));
    }

    @Test
    void itemsAskedForInAnotherOrderAreFoundByWhatTheyStandFor() {
        ListItems items = new ListItems();
        Random random = new Random(3);
        List<EntityKey> keys = articles(300);
        Map<EntityKey, Object> made = new HashMap<>();
        List<Object> first = build(items, Optional.empty(), keys);
        for (int i = 0; i < keys.size(); i++) {
            made.put(keys.get(i), first.get(i));
        }
        Fact unrelated = metadataOf(new EntityKey(Kind.PERSON, "nobody"));
        List<EntityKey> asked = new ArrayList<>(keys);
        for (int edit = 0; edit < 20; edit++) {
            // One item moved far, one gone, two swapped: the rest in the order of the build before.
            asked.add(random.nextInt(asked.size()), asked.remove(random.nextInt(asked.size())));
            asked.remove(random.nextInt(asked.size()));
            Collections.swap(asked, random.nextInt(asked.size()), random.nextInt(asked.size()));
            List<Object> listed = build(items, Optional.of(ChangedFacts.of(unrelated)), asked);
            for (int i = 0; i < asked.size(); i++) {
                assertSame(made.get(asked.get(i)), listed.get(i), "edit " + edit + ", " + asked.get(i));
            }
        }
    }

    @Test
    void anItemNoLongerListedIsMadeAgainWhenItComesBack() {
        ListItems items = new ListItems();
        List<EntityKey> keys = articles(50);
        Fact unrelated = metadataOf(new EntityKey(Kind.PERSON, "nobody"));
        List<Object> first = build(items, Optional.empty(), keys);
        List<Object> shorter = build(items, Optional.of(ChangedFacts.of(unrelated)), keys.subList(0, 10));
        // Meanwhile what it read may have changed unseen: the page that no longer listed it did not read it.
        List<Object> back = build(items, Optional.of(ChangedFacts.of(unrelated)), keys);

        assertSame(first.get(5), shorter.get(5));
        assertSame(first.get(5), back.get(5));
        assertNotSame(first.get(20), back.get(20));
    }
}
