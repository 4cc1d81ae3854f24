package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.EntityKey;
import dossier.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageReadsTest {
    private static Fact title(String article) {
        return new Fact(Fact.Aspect.ENTITY, new EntityKey(Kind.ARTICLE, article));
    }

    private static final Fact ARTICLES = Fact.members(Kind.ARTICLE);

    @Test
    void readsAreEqualWhenTheyHoldTheSameFactsHoweverTheyCameByThem() {
        Set<Fact> first = Set.of(title("a-1"), title("o-1"));
        Set<Fact> second = Set.of(title("a-2"), title("o-1"));
        PageReads byItems = new PageReads(Set.of(ARTICLES), List.of(first, second));

        assertEquals(byItems, new PageReads(Set.of(ARTICLES), List.of(first, second)));
        assertEquals(byItems, new PageReads(Set.of(ARTICLES), List.of(Set.copyOf(first), Set.copyOf(second))));
        assertEquals(byItems, new PageReads(Set.of(ARTICLES), List.of(second, first)), "in another order");
        assertEquals(byItems, PageReads.of(Set.of(ARTICLES, title("a-1"), title("a-2"), title("o-1"))), "as one set");
        assertEquals(byItems.hashCode(), PageReads.of(byItems.all()).hashCode());
        assertNotEquals(byItems, new PageReads(Set.of(ARTICLES), List.of(first)));
        assertNotEquals(byItems, new PageReads(Set.of(), List.of(first, second)));
    }

    @Test
    void aFactReadByTheItemsIsReadByThePage() {
        PageReads reads = new PageReads(Set.of(ARTICLES), List.of(Set.of(title("a-1")), Set.of(title("a-1"), title("a-2"))));

        assertTrue(reads.contains(title("a-2")));
        assertFalse(reads.contains(title("a-3")));
        assertEquals(Set.of(ARTICLES, title("a-1"), title("a-2")), reads.all());
        // Counted once for each item that read it: the index of readers only asks whether a page reads many.
        assertEquals(4, reads.size());
        List<Fact> each = new ArrayList<>();
        reads.forEach(each::add);
        assertEquals(4, each.size());
        assertEquals(reads.all(), Set.copyOf(each));
    }

    @Test
    void aPageThatReadNothingReadsNone() {
        assertEquals(PageReads.NONE, PageReads.of(Set.of()));
        assertEquals(0, PageReads.NONE.size());
        assertTrue(PageReads.NONE.all().isEmpty());
    }
}
