package org.optiviz.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;

/**
 * Every optimizer, on built-in surfaces, a typed function and a data model with minibatches, with and without noise:
 * each run of a batch (random starts, random settings per run, schedules included) ends exactly where the same run
 * ends alone, bit for bit, with the same loss, status, step count and settle step.
 */
class BatchMatchesRaceTest {
    private static final int RUNS = 40;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        List<Surface> problems = List.of(Surfaces.byKey("rosenbrock"), Surfaces.byKey("himmelblau"),
                Surfaces.byKey("beale"), Surfaces.byKey("ellipsoid"),
                TypedSurface.of("sin(x) * y^2 + x^2 / 4 + exp(-y)", null, null), dataModel());
        int k = 0;
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (Surface surface : problems) {
                cases.add(Arguments.of(kind, surface, k % 2 == 0 ? 0.0 : 0.7, 11L + k, 1000 + k));
                k++;
            }
        }
        return cases.stream();
    }

    /** 37 rows, fitted by a line in minibatches of 5 (the last batch of each epoch holds 2). */
    private static DataModel dataModel() {
        Random random = new Random(3);
        double[] xs = new double[37];
        double[] ys = new double[37];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextGaussian() * 2 + 1;
            ys[i] = 2 * xs[i] - 1 + random.nextGaussian();
        }
        return DataModel.of(new DataSet("test", "x", "y", xs, ys, ""), Model.LINEAR, 5, false);
    }

    @ParameterizedTest(name = "{0} on {1}, noise {2}")
    @MethodSource("cases")
    void eachRunOfABatchIsTheRunAlone(OptimizerKind kind, Surface surface, double sigma, long seed, long random) {
        Random rng = new Random(random);
        ViewBox view = surface.defaultView();
        double[] xs = new double[RUNS];
        double[] ys = new double[RUNS];
        Hyperparams[] settings = new Hyperparams[RUNS];
        for (int i = 0; i < RUNS; i++) {
            xs[i] = view.xMin() + rng.nextDouble() * view.width();
            ys[i] = view.yMin() + rng.nextDouble() * view.height();
            settings[i] = randomSettings(kind.defaultsFor(surface), rng);
        }
        int steps = 1 + rng.nextInt(120);
        double tolerance = 1e-4;
        BatchJob job = new BatchJob(surface, sigma, seed, new org.optiviz.core.optim.LaneSettings(kind, settings), xs,
                ys, steps, tolerance);
        BatchResult batch = BatchEngine.run(job, 2, () -> false, BatchProgress.NONE);
        assertSameAsAlone(job, batch);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void divergedRunsStopAtTheirLastFinitePointAsInARace(OptimizerKind kind) {
        Surface surface = Surfaces.byKey("rosenbrock");
        Random rng = new Random(kind.ordinal());
        double[] xs = new double[RUNS];
        double[] ys = new double[RUNS];
        Hyperparams[] settings = new Hyperparams[RUNS];
        for (int i = 0; i < RUNS; i++) {
            xs[i] = -2 + 4 * rng.nextDouble();
            ys[i] = -1 + 4 * rng.nextDouble();
            Hyperparams base = kind.defaultsFor(surface);
            settings[i] = base.has("lr") ? base.with("lr", Math.min(100, base.get("lr") * (1 + 200 * rng.nextDouble())))
                    : base;
        }
        BatchJob job = new BatchJob(surface, 0, 0, new org.optiviz.core.optim.LaneSettings(kind, settings), xs, ys,
                300, 1e-6);
        BatchResult batch = BatchEngine.run(job, 1, () -> false, BatchProgress.NONE);
        assertSameAsAlone(job, batch);
        // Adaptive rules move each coordinate by about lr at most, so within 300 steps only the gradient-sized ones
        // (SGD and the momentum family, Eve, RAdam's first steps) can pass the divergence bound.
        if (List.of("sgd", "momentum", "nag", "qhm", "eve", "radam").contains(kind.key())) {
            boolean anyDiverged = false;
            for (int i = 0; i < RUNS; i++) {
                anyDiverged |= batch.status(i) == RunStatus.DIVERGED;
            }
            assertEquals(true, anyDiverged, kind.key() + ": some runs with a large lr diverge");
        }
    }

    /**
     * A map's case: every run with the same settings (so the rules work out shared powers and corrections once per
     * step), more runs than one chunk holds, a learning rate large enough that some runs diverge, with noise.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void runsSharingTheirSettingsAcrossChunksAreEachTheRunAlone(OptimizerKind kind) {
        Surface surface = Surfaces.byKey("himmelblau");
        ViewBox view = surface.defaultView();
        int side = 40;
        int runs = BatchEngine.CHUNK + side * 3 + 7;
        double[] xs = new double[runs];
        double[] ys = new double[runs];
        for (int i = 0; i < runs; i++) {
            xs[i] = view.xMin() + view.width() * ((i % side) + 0.5) / side;
            ys[i] = view.yMin() + view.height() * ((i / side) + 0.5) / side;
        }
        Hyperparams settings = kind.defaultsFor(surface);
        if (settings.has("lr")) {
            settings = settings.with("lr", Math.min(100, settings.get("lr") * 40));
        }
        BatchJob job = BatchJob.ofStarts(surface, 0.3, 5, kind, settings, xs, ys, 80);
        BatchResult batch = BatchEngine.run(job, 2, () -> false, BatchProgress.NONE);
        assertSameAsAlone(job, batch);
    }

    static Stream<OptimizerKind> kinds() {
        return Stream.of(OptimizerKind.values());
    }

    /** Compares every run of the batch with the same run stepped alone. */
    static void assertSameAsAlone(BatchJob job, BatchResult batch) {
        int steps = job.steps();
        double tolerance = job.settleTolerance();
        for (int i = 0; i < job.size(); i++) {
            Objective objective = new Objective(job.surface(), job.noiseSigma(), job.noiseSeed());
            Hyperparams settings = job.settings().of(i);
            Run run = new Run(job.kind(), settings, false);
            run.restart(new Point(job.startX()[i], job.startY()[i]), objective);
            int lastMoved = 0;
            for (int t = 1; t <= steps; t++) {
                double ox = run.x();
                double oy = run.y();
                if (!run.advance(objective)) {
                    break;
                }
                if (Math.abs(run.x() - ox) + Math.abs(run.y() - oy)
                        > tolerance * (1 + Math.abs(run.x()) + Math.abs(run.y()))) {
                    lastMoved = t;
                }
            }
            String which = job.kind().key() + " run " + i + " " + settings.asMap() + " from " + job.startX()[i] + ","
                    + job.startY()[i];
            assertEquals(Double.doubleToRawLongBits(run.x()), Double.doubleToRawLongBits(batch.x(i)), which + " x");
            assertEquals(Double.doubleToRawLongBits(run.y()), Double.doubleToRawLongBits(batch.y(i)), which + " y");
            assertEquals(Double.doubleToRawLongBits(run.loss()), Double.doubleToRawLongBits(batch.loss(i)),
                    which + " loss");
            assertEquals(run.status(), batch.status(i), which + " status");
            assertEquals(run.step(), batch.steps(i), which + " steps");
            boolean settled = run.status() != RunStatus.DIVERGED && lastMoved < steps;
            assertEquals(settled ? lastMoved : -1, batch.settledAt(i), which + " settled");
        }
    }

    /**
     * The surface's settings with about half the values moved within their ranges: numbers scaled by a random factor,
     * choices (Eve's base, AdaSmooth's map, the schedule's decay) picked at random, schedules with a warm-up or a decay.
     */
    static Hyperparams randomSettings(Hyperparams base, Random rng) {
        Hyperparams settings = base;
        for (ParamSpec spec : base.specs()) {
            if (rng.nextBoolean()) {
                continue;
            }
            double value;
            if (spec.isChoice()) {
                value = rng.nextInt(spec.choices().size());
            } else if (spec.wholeNumber()) {
                value = 1 + rng.nextInt(spec.key().equals("warmup") ? 30 : 80);
            } else {
                double current = settings.get(spec.key());
                value = current == 0 ? rng.nextDouble() * 0.1 : current * Math.exp(rng.nextGaussian() * 0.5);
                if (spec.max() == 1 && current > 0.5) {
                    value = 1 - (1 - current) * Math.exp(rng.nextGaussian() * 0.5);
                }
            }
            if (spec.problemWith(value) == null) {
                settings = settings.with(spec.key(), value);
            }
        }
        return settings;
    }
}
