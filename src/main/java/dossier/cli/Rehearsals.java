package dossier.cli;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;

/**
 * The edits serve rehearses after its first build, one at a time while no real change waits
 * ({@link EditShortcut#rehearse}): edits to a body first, the commonest, then to a title, whose
 * rebuild runs code of its own (the lists of every article). A change saved meanwhile waits for
 * the one edit being rehearsed and its undoing, not for all of them.
 */
final class Rehearsals {
    private final Deque<EditShortcut.Edit> left = new ArrayDeque<>();
    private final StageClock clock;
    private int rehearsed;
    private long nanos;

    Rehearsals(int bodies, int titles, StageClock clock) {
        left.addAll(Collections.nCopies(bodies, EditShortcut.Edit.BODY));
        left.addAll(Collections.nCopies(titles, EditShortcut.Edit.METADATA));
        this.clock = clock;
    }

    /** Whether any edit is left to rehearse. */
    boolean any() {
        return !left.isEmpty();
    }

    /**
     * Rehearses the next edit, if any is left; after the last, tells the clock how many were
     * rehearsed and how long they took together.
     */
    void next(Pipeline pipeline) {
        if (left.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        if (pipeline.rehearse(left.poll())) {
            rehearsed++;
        }
        nanos += System.nanoTime() - started;
        if (left.isEmpty()) {
            clock.rehearsed(rehearsed, nanos);
        }
    }
}
