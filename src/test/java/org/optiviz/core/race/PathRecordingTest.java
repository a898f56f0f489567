package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;

/** A run that records its path alone holds no more than its points and gives its internals back by replaying. */
class PathRecordingTest {
    private static RaceSetup setup() {
        var surface = Surfaces.byKey("rosenbrock");
        List<RaceSetup.RunSetup> runs = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            runs.add(new RaceSetup.RunSetup(kind, kind.defaultsFor(surface)));
        }
        return new RaceSetup(surface, new Point(-1.2, 1), 0.2, 5, runs);
    }

    @Test
    void aRestartStartsNewColumnsAndLeavesTheOnesHandedOutAsTheyWere() {
        Race race = setup().toRace(Recording.PATH);
        race.step(1000, 1000);
        Trajectory sgd = race.runs().get(0).trajectory();
        assertEquals(1001, sgd.size());
        assertEquals(0, sgd.internalCount());
        assertThrows(IllegalStateException.class, () -> sgd.internal(1, 0));
        Column before = sgd.xs();
        double at500 = before.get(500);

        race.restart();
        race.step(600, 1000);
        assertEquals(601, sgd.size());
        assertEquals(1001, before.size(), "a column handed out keeps its points");
        assertEquals(at500, before.get(500));
        assertEquals(at500, sgd.x(500), "the same race from the same start");
        assertThrows(IndexOutOfBoundsException.class, () -> sgd.xs().get(601));
    }

    /**
     * Every optimizer with noise, its settings changed twice while it runs (the window's "continue" mode, the second
     * change dragged through two values at the same step): stepping again from its history gives the same points
     * bit for bit and the internals a run recording them had.
     */
    @Test
    void replayingTheSettingsHistoryRecreatesEveryPointAndInternal() {
        RaceSetup setup = setup();
        Race path = setup.toRace(Recording.PATH);
        Race full = setup.toRace(Recording.FULL);
        for (Race race : List.of(path, full)) {
            race.step(40, 200);
            for (Run run : race.runs()) {
                run.setParams(run.params().with(keyOf(run), 0.5 * valueOfFirst(run)));
            }
            race.step(30, 200);
            for (Run run : race.runs()) {
                run.setParams(run.params().with(keyOf(run), 0.9 * valueOfFirst(run)));
                run.setParams(run.params().with(keyOf(run), 0.8 * valueOfFirst(run)));
            }
            race.step(130, 200);
        }
        for (int r = 0; r < path.runs().size(); r++) {
            Run recorded = path.runs().get(r);
            Trajectory want = full.runs().get(r).trajectory();
            assertEquals(3, recorded.history().size(), "start, change at 40, one change at 70");
            RunReplay replay = new RunReplay(recorded.kind(), recorded.history(), setup.start(), setup.objective());
            Run again = replay.run();
            int step = 0;
            do {
                String where = recorded.kind().key() + " step " + step;
                assertEquals(recorded.trajectory().x(step), again.x(), where);
                assertEquals(recorded.trajectory().y(step), again.y(), where);
                assertEquals(recorded.trajectory().loss(step), again.loss(), where);
                for (int k = 0; step > 0 && k < want.internalCount(); k++) {
                    assertEquals(want.internal(step, k), again.internal(k), where + " internal " + k);
                }
                step++;
            } while (step < recorded.trajectory().size() && replay.advance());
            assertEquals(recorded.trajectory().size(), step, recorded.kind().key() + " replayed every point");
        }
    }

    /** The learning rate, or the first hyperparameter of an optimizer without one. */
    private static String keyOf(Run run) {
        int lr = run.kind().lrIndex();
        return run.kind().params().get(Math.max(lr, 0)).key();
    }

    private static double valueOfFirst(Run run) {
        return run.params().get(keyOf(run));
    }
}
