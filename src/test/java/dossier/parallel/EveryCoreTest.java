package dossier.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class EveryCoreTest {
    @Test
    void givesTheResultsInTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        assertThat(EveryCore.map(items, i -> i * 2)).isEqualTo(IntStream.range(0, 10_000).map(i -> i * 2).boxed().toList());
        assertThat(EveryCore.map(List.<Integer>of(), i -> i)).isEmpty();
        assertThat(EveryCore.map(List.of(7), i -> i + 1)).containsExactly(8);
    }

    @Test
    void takesEachItemOnce() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        EveryCore.map(IntStream.range(0, 5_000).boxed().toList(), i -> {
            assertThat(seen.add(i)).isTrue();
            return i;
        });
        assertThat(seen).hasSize(5_000);
    }

    // Repeated, so that the failing item falls to another thread than the caller's at least once.
    @RepeatedTest(30)
    void passesOnAFailureOnceEveryThreadHasStopped() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        assertThatThrownBy(() -> EveryCore.map(items, i -> {
            if (i == 500) {
                throw new IllegalStateException("item 500");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("item 500");
    }

    @RepeatedTest(10)
    void passesOnAnErrorToo() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        assertThatThrownBy(() -> EveryCore.map(items, i -> {
            if (i == 700) {
                throw new AssertionError("item 700");
            }
            return i;
        })).isInstanceOf(AssertionError.class).hasMessage("item 700");
    }

    @Test
    void canBeCalledFromWorkDoneOnEveryCore() {
        List<Integer> outer = IntStream.range(0, 20).boxed().toList();
        List<Integer> sums = EveryCore.map(outer, i -> EveryCore.map(IntStream.range(0, 100).boxed().toList(), j -> j)
                .stream().mapToInt(Integer::intValue).sum() + i);
        assertThat(sums).isEqualTo(IntStream.range(0, 20).map(i -> 4950 + i).boxed().toList());
    }
}
