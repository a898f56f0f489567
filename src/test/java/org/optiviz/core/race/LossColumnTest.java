package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;

/**
 * A long run's losses, mostly no longer kept one by one, read back bit for bit as recorded, and the chart's
 * stretches answered from block summaries agree with a walk over every recorded loss.
 */
class LossColumnTest {
    private static final int STEPS = LossColumn.KEPT_STEPS + 40_017;

    /** Minibatches of 5 rows out of 37: a step's loss depends on its step as well as its point. */
    private static Objective minibatched() {
        Random random = new Random(3);
        double[] xs = new double[37];
        double[] ys = new double[37];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextGaussian() * 2 + 1;
            ys[i] = 2 * xs[i] - 1 + random.nextGaussian();
        }
        DataModel model = DataModel.of(new DataSet("test", "x", "y", xs, ys, ""), Model.LINEAR, 5, false);
        Objective objective = new Objective(model, 0, 9);
        assertTrue(objective.minibatched());
        return objective;
    }

    /** A run of STEPS steps, with every loss as it was recorded. */
    private static double[] record(Run run, Objective objective) {
        double[] recorded = new double[STEPS + 1];
        run.restart(objective.surface().defaultStart(), objective);
        recorded[0] = run.loss();
        for (int t = 1; t <= STEPS; t++) {
            assertTrue(run.advance(objective));
            recorded[t] = run.loss();
        }
        return recorded;
    }

    @Test
    void everyLossReadsBackBitForBitAndTheColumnHoldsAFractionOfThem() {
        Objective objective = minibatched();
        Run run = new Run(OptimizerKind.ADAM, OptimizerKind.ADAM.defaultsFor(objective.surface()), Recording.PATH);
        double[] recorded = record(run, objective);
        Trajectory t = run.trajectory();
        Column losses = t.losses();
        assertEquals(STEPS + 1, losses.size());
        for (int i = 0; i <= STEPS; i++) {
            assertEquals(Double.doubleToRawLongBits(recorded[i]), Double.doubleToRawLongBits(losses.get(i)),
                    "step " + i);
        }
        assertEquals(recorded[STEPS - 100], t.loss(STEPS - 100));
        assertArrayEquals(recorded, losses.copy(0, STEPS + 1));
        long held = t.lossesHeld();
        // The first steps one by one, then three doubles (first, lowest, highest) per block of 32 steps.
        assertTrue(held - LossColumn.KEPT_STEPS < (STEPS + 1) / 10, held + " doubles held for " + (STEPS + 1));
    }

    @Test
    void stretchesAgreeWithAWalkAndCoverWholeBlocksWhereLossesAreNoLongerKept() {
        Objective objective = minibatched();
        Run run = new Run(OptimizerKind.SGD, OptimizerKind.SGD.defaultsFor(objective.surface()), Recording.PATH);
        double[] recorded = record(run, objective);
        LossStretches losses = (LossStretches) run.trajectory().losses();
        Random random = new Random(17);
        int block = LossColumn.BLOCK;
        for (int k = 0; k < 3_000; k++) {
            int from = random.nextInt(STEPS + 1);
            int to = from + random.nextInt(Math.min(5_000, STEPS + 2 - from));
            double[] got = losses.stretch(from, to);
            // Where losses are kept (or the stretch is whole blocks) the answer is exact; elsewhere it is the
            // stretch widened to whole blocks at the ends that fall inside summarised blocks.
            int wideFrom = from >= LossColumn.KEPT_STEPS ? from / block * block : from;
            int wideTo = to > LossColumn.KEPT_STEPS && to < (STEPS + 1) / block * block
                    ? Math.min(STEPS + 1, (to + block - 1) / block * block) : to;
            if (from == to) {
                wideTo = to;
            }
            assertArrayEquals(walk(recorded, wideFrom, wideTo), got, "[" + from + ", " + to + ")");
        }
        assertArrayEquals(walk(recorded, 0, STEPS + 1), losses.stretch(0, STEPS + 1), "the whole run");
    }

    /** {first finite, min, max} of values [from, to), the plain way. */
    private static double[] walk(double[] values, int from, int to) {
        double first = Double.NaN;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (Double.isFinite(v)) {
                first = Double.isNaN(first) ? v : first;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new double[] {first, min, max};
    }
}
