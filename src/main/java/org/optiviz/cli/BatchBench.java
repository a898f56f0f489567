package org.optiviz.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.optiviz.core.batch.BatchEngine;
import org.optiviz.core.batch.BatchJob;
import org.optiviz.core.batch.BatchProgress;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/**
 * {@code bench --batch N}: steps per second (the best of five measurements) of the batch engine, N runs of S steps of
 * each optimizer at once on T
 * threads, in the CSV of the single-run bench. The runs start spread over a small box around the surface's default
 * start (a hundredth of the view), at the settings the surface suggests, so they behave like the default race.
 */
final class BatchBench {
    static final int MAX_RUNS = 16_777_216;
    static final int MAX_STEPS = 1_000_000;
    /**
     * Runs × steps of the warm-up batches of each optimizer: the JIT compiles the loops, then compiles them again
     * with the profile of whole batches, and only a late compilation vectorises them. For Adam on Rosenbrock,
     * 60 M steps of warm-up measured 110 M steps/s and 600 M steps 260 M. The slowest optimizers stop warming up
     * after {@link #WARM_UP_SECONDS} instead.
     */
    private static final long WARM_UP = 600_000_000;
    private static final double WARM_UP_SECONDS = 8;

    /**
     * The one "never cancelled" of every batch here: a second lambda seen after the warm-up would make the JIT throw
     * away the engine's compiled loop and compile it again while the measurement runs.
     */
    private static final BooleanSupplier NEVER = () -> false;

    /** Measurements of each optimizer; the fastest counts, as other work on the machine only ever slows one down. */
    private static final int REPEATS = 5;

    private BatchBench() {
    }

    static void run(Surface surface, List<OptimizerKind> kinds, int runs, long steps, int threads, PrintWriter out) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new UsageException("--batch: " + runs + " is outside 1.." + MAX_RUNS);
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new UsageException("--steps: " + steps + " is outside 1.." + MAX_STEPS + " steps per run with --batch");
        }
        if (threads < 1 || threads > 256) {
            throw new UsageException("--threads: " + threads + " is outside 1..256");
        }
        for (OptimizerKind kind : kinds) {
            MemoryCheck.require("--batch", BatchJob.bytesFor(kind, runs));
        }
        // cpu_seconds: the processor time this process used over the same span; on a machine busy with other work
        // it says what the steps cost, where the wall-clock seconds say how long they took.
        out.println("optimizer,steps,seconds,steps_per_second,cpu_seconds");
        for (OptimizerKind kind : kinds) {
            int warmRuns = (int) Math.min(runs, Math.max(256, WARM_UP / 4 / steps));
            BatchJob warm = job(surface, kind, warmRuns, (int) steps);
            long warmBegin = System.nanoTime();
            for (long warmed = 0; warmed < WARM_UP && System.nanoTime() - warmBegin < WARM_UP_SECONDS * 1e9;
                    warmed += warm.totalSteps()) {
                BatchEngine.run(warm, threads, NEVER, BatchProgress.NONE);
            }
            BatchJob job = job(surface, kind, runs, (int) steps);
            double seconds = Double.POSITIVE_INFINITY;
            double cpu = Double.POSITIVE_INFINITY;
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                long cpuBegin = processCpuNanos();
                long begin = System.nanoTime();
                BatchEngine.run(job, threads, NEVER, BatchProgress.NONE);
                seconds = Math.min(seconds, (System.nanoTime() - begin) / 1e9);
                cpu = Math.min(cpu, (processCpuNanos() - cpuBegin) / 1e9);
            }
            out.printf(Locale.ROOT, "%s,%d,%.4f,%.0f,%.4f%n", kind.key(), job.totalSteps(), seconds,
                    job.totalSteps() / seconds, cpu);
            out.flush();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static BatchJob job(Surface surface, OptimizerKind kind, int runs, int steps) {
        Point start = surface.defaultStart();
        ViewBox view = surface.defaultView();
        int side = (int) Math.ceil(Math.sqrt(runs));
        double[] xs = new double[runs];
        double[] ys = new double[runs];
        for (int i = 0; i < runs; i++) {
            xs[i] = start.x() + 0.01 * view.width() * ((i % side) / (double) side - 0.5);
            ys[i] = start.y() + 0.01 * view.height() * ((i / side) / (double) side - 0.5);
        }
        return BatchJob.ofStarts(surface, 0, 0, kind, kind.defaultsFor(surface), xs, ys, steps);
    }
}
