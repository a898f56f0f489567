package org.optiviz.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;

class DataModelTest {
    /** 37 rows: y near 2x − 1, and a label that is mostly x > 0.3. */
    private static DataSet data(boolean labels) {
        Random random = new Random(3);
        double[] xs = new double[37];
        double[] ys = new double[37];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextGaussian() * 2 + 1;
            ys[i] = labels ? (xs[i] + random.nextGaussian() > 0.3 ? 1 : 0) : 2 * xs[i] - 1 + random.nextGaussian();
        }
        return new DataSet("test", "x", "y", xs, ys, "");
    }

    private static DataModel model(Model model, int batch) {
        return DataModel.of(data(model == Model.LOGISTIC), model, batch, false);
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void gradientsAreTheLossesDerivatives(Model kind) {
        DataModel m = model(kind, 37);
        double[] g = new double[2];
        Random random = new Random(5);
        for (int k = 0; k < 100; k++) {
            double w = random.nextGaussian() * 3;
            double b = random.nextGaussian() * 3;
            m.gradient(w, b, g);
            double h = 1e-6;
            assertEquals((m.value(w + h, b) - m.value(w - h, b)) / (2 * h), g[0], 1e-6 * Math.max(1, Math.abs(g[0])));
            assertEquals((m.value(w, b + h) - m.value(w, b - h)) / (2 * h), g[1], 1e-6 * Math.max(1, Math.abs(g[1])));
        }
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void theFloorIsTheExactMinimum(Model kind) {
        DataModel m = model(kind, 37);
        Point min = m.minima().get(0);
        double[] g = new double[2];
        m.gradient(min.x(), min.y(), g);
        assertEquals(0, Math.hypot(g[0], g[1]), 1e-10);
        assertEquals(m.value(min.x(), min.y()), m.floor());
        assertTrue(m.defaultView().contains(min.x(), min.y()) && m.defaultView().contains(0, 0));
    }

    @Test
    void separableClassesHaveNoMinimumAndFloorZero() {
        DataSet separable = new DataSet("s", "x", "y", new double[] {-2, -1, 1, 2}, new double[] {0, 0, 1, 1}, "");
        DataModel m = DataModel.of(separable, Model.LOGISTIC, 4, false);
        assertEquals(0, m.floor());
        assertTrue(m.minima().isEmpty());
    }

    @Test
    void aBatchIsTheMeanOverItsRowsAndAnEpochUsesEveryRowOnce() {
        DataModel m = model(Model.LINEAR, 8); // 37 rows: four batches of 8 and one of 5 per epoch
        Minibatches batches = m.minibatches(11);
        double[] g = new double[2];
        for (long epoch = 0; epoch < 3; epoch++) {
            int[] seen = new int[37];
            for (long t = epoch * 5 + 1; t <= epoch * 5 + 5; t++) {
                int[] order = batches.order(t);
                int from = batches.from(t);
                int to = batches.to(t);
                assertEquals(t % 5 == 0 ? 5 : 8, to - from);
                double gw = 0;
                double gb = 0;
                for (int k = from; k < to; k++) {
                    int i = order[k];
                    seen[i]++;
                    double r = 1.5 * m.data().xs()[i] - 0.5 - m.data().ys()[i];
                    gw += r * m.data().xs()[i];
                    gb += r;
                }
                m.batchGradient(1.5, -0.5, batches, t, g);
                assertEquals(gw / (to - from), g[0], 1e-12);
                assertEquals(gb / (to - from), g[1], 1e-12);
            }
            int[] once = new int[37];
            Arrays.fill(once, 1);
            assertArrayEquals(once, seen, "epoch " + epoch);
        }
    }

    @Test
    void everyRunOfARaceSeesTheSameBatchesAndSeedsReproduce() {
        DataModel m = model(Model.LINEAR, 5);
        Race race = new Race(m, new Point(0, 0), 0, 21, true);
        Run sgd = race.add(OptimizerKind.SGD, OptimizerKind.SGD.defaultsFor(m));
        Run heavyBall = race.add(OptimizerKind.MOMENTUM,
                OptimizerKind.MOMENTUM.defaultsFor(m).with("momentum", 0.0));
        race.step(200, 200);
        Race again = new Race(m, new Point(0, 0), 0, 21, true);
        Run sgdAgain = again.add(OptimizerKind.SGD, OptimizerKind.SGD.defaultsFor(m));
        again.step(200, 200);
        Race otherSeed = new Race(m, new Point(0, 0), 0, 22, true);
        Run sgdOther = otherSeed.add(OptimizerKind.SGD, OptimizerKind.SGD.defaultsFor(m));
        otherSeed.step(200, 200);
        for (int step = 0; step <= 200; step++) {
            assertEquals(sgd.trajectory().x(step), heavyBall.trajectory().x(step), "same batch at step " + step);
            assertEquals(sgd.trajectory().x(step), sgdAgain.trajectory().x(step), "seed reproduces");
        }
        assertNotEquals(sgd.trajectory().x(200), sgdOther.trajectory().x(200));
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void theFullBatchIsTheFullGradientBitForBit(Model kind) {
        DataModel m = model(kind, 37);
        Objective objective = new Objective(m, 0, 9);
        double[] full = new double[2];
        double[] seen = new double[2];
        for (long t = 1; t < 50; t++) {
            m.gradient(0.1 * t, -0.2 * t, full);
            objective.gradient(0.1 * t, -0.2 * t, t, seen);
            assertArrayEquals(full, seen);
        }
    }

    @Test
    void badSetupsAreRefusedByName() {
        assertEquals("the batch size must be 1..37 (the rows of test), got 38", assertThrows(
                IllegalArgumentException.class, () -> DataModel.of(data(false), Model.LINEAR, 38, false)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DataModel.of(data(false), Model.LOGISTIC, 37, false)).getMessage()
                .startsWith("a logistic model needs y (y) to be 0 or 1; row 1 has"));
        DataSet constant = new DataSet("c", "x", "y", new double[] {2, 2}, new double[] {0, 1}, "");
        assertEquals("x (x) is the same in every row and cannot be standardised",
                assertThrows(IllegalArgumentException.class, () -> DataModel.of(constant, Model.LINEAR, 2, true))
                        .getMessage());
    }

    @Test
    void standardisedXHasMeanZeroAndUnitDeviation() {
        DataSet z = data(false).standardized();
        double mean = Arrays.stream(z.xs()).average().orElseThrow();
        double variance = Arrays.stream(z.xs()).map(x -> (x - mean) * (x - mean)).average().orElseThrow();
        assertEquals(0, mean, 1e-12);
        assertEquals(1, variance, 1e-12);
    }

    @Test
    void aMinibatchStepRecordsItsBatchsLossAndTheCsvTheFullOne() throws Exception {
        DataModel m = model(Model.LINEAR, 8);
        org.optiviz.core.race.RaceSetup setup = new org.optiviz.core.race.RaceSetup(m, new Point(0, 0), 0, 4,
                java.util.List.of(new org.optiviz.core.race.RaceSetup.RunSetup(OptimizerKind.SGD,
                        OptimizerKind.SGD.defaultsFor(m))));
        Race race = setup.toRace(true);
        race.step(12, 12);
        Run run = race.runs().get(0);
        Minibatches batches = m.minibatches(4);
        for (int step = 1; step <= 12; step++) {
            double x = run.trajectory().x(step);
            double y = run.trajectory().y(step);
            assertEquals(m.batchLoss(x, y, batches, step), run.trajectory().loss(step));
            assertNotEquals(m.value(x, y), run.trajectory().loss(step));
        }
        StringBuilder streamed = new StringBuilder();
        org.optiviz.io.TrajectoryCsv.stream(setup, 12, streamed, false);
        String[] lines = streamed.toString().split("\n");
        for (int step = 0; step <= 12; step++) {
            String[] cells = lines[step + 1].split(",");
            assertEquals(m.value(run.trajectory().x(step), run.trajectory().y(step)), Double.parseDouble(cells[4]),
                    "the CSV's loss column is the full-batch loss at step " + step);
        }
    }
}
