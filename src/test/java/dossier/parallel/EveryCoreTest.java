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
        assertPassedOn(new IllegalStateException("item 500"));
        assertPassedOn(new AssertionError("item 500"));
    }

    private static void assertPassedOn(Throwable failure) {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        assertThatThrownBy(() -> EveryCore.map(items, i -> {
            if (i == 500) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
            return i;
        })).isSameAs(failure);
    }

    @Test
    void canBeCalledFromWorkDoneOnEveryCore() {
        List<Integer> outer = IntStream.range(0, 20).boxed().toList();
        List<Integer> sums = EveryCore.map(outer, i -> EveryCore.map(IntStream.range(0, 100).boxed().toList(), j -> j)
                .stream().mapToInt(Integer::intValue).sum() + i);
        assertThat(sums).isEqualTo(IntStream.range(0, 20).map(i -> 4950 + i).boxed().toList());
    }
}
