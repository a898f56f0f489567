package org.optiviz.core.race;

import java.util.List;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Point;

/**
 * A recorded run stepped again from its start with the same settings at the same steps, keeping nothing but its
 * current state: what a run that records its path alone needs to give back its internals at any step, exactly (the
 * stepping is deterministic) and in constant memory.
 */
public final class RunReplay {
    private final Run run;
    private final List<SettingsChange> history;
    private final Objective objective;
    private int nextChange = 1;

    /**
     * @param history   the recorded run's {@link Run#history()}
     * @param objective an objective of the recorded run's race, owned by the calling thread
     */
    public RunReplay(OptimizerKind kind, List<SettingsChange> history, Point start, Objective objective) {
        if (history.isEmpty() || history.get(0).afterStep() != 0) {
            throw new IllegalArgumentException("a settings history starts at step 0");
        }
        this.history = List.copyOf(history);
        this.objective = objective;
        this.run = new Run(kind, history.get(0).params(), Recording.NONE);
        run.restart(start, objective);
    }

    /** The replayed run, at its current step (read its point and internals). */
    public Run run() {
        return run;
    }

    /** One step, with the settings the recorded run had at this step; false once the run has diverged. */
    public boolean advance() {
        while (nextChange < history.size() && history.get(nextChange).afterStep() <= run.step()) {
            run.setParams(history.get(nextChange++).params());
        }
        return run.advance(objective);
    }
}
