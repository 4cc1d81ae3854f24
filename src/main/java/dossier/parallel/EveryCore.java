package dossier.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Independent work on every core, item by item. A parallel stream cuts its items into four
 * parts per worker of the common pool before it starts, which on two cores is four parts in all:
 * when the items differ in cost (an article's body against a person's, the timeline against a
 * quote's page) one core is left alone with the last, heavy part. Here each thread takes the next
 * item as soon as it is free, so the cores finish within one item of each other.
 */
public final class EveryCore {
    private EveryCore() {
    }

    /**
     * {@code work} applied to every item, the results in the items' order whatever the number of
     * threads. {@code work} must be safe to run on several threads at once. The calling thread
     * works too; if {@code work} throws, the first failure is thrown once every thread has stopped.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                results[i] = work.apply(items.get(i));
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), items.size() - 1);
        List<ForkJoinTask<?>> forked = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            forked.add(ForkJoinTask.adapt(worker).fork());
        }
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            next.set(results.length); // the others stop after their current item
            failure = e;
        }
        for (ForkJoinTask<?> task : forked) {
            task.quietlyJoin();
            if (task.isCompletedAbnormally()) {
                next.set(results.length);
                failure = failure == null ? original(task.getException()) : failure;
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> made = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return made;
    }

    /** A task reports a copy of what another thread threw, wrapping it; the original says it better. */
    private static Throwable original(Throwable reported) {
        return reported.getCause() != null && reported.getCause().getClass() == reported.getClass()
                ? reported.getCause() : reported;
    }
}
