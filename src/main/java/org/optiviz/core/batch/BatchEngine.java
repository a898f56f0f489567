package org.optiviz.core.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.optiviz.core.optim.BatchObjective;
import org.optiviz.core.optim.BatchRule;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;

/**
 * Steps every run of a {@link BatchJob} to its step limit. The runs are cut into chunks that fit the processor's
 * cache; worker threads take chunks in turn and step each chunk through all its steps, each step a series of small
 * loops over the chunk's runs that the JIT vectorises (the optimizer's rule, the loss, the settle and divergence
 * checks). A run in a batch takes exactly the points it takes alone in a race, so the split into chunks and threads
 * changes no result.
 *
 * <p>The thread that calls {@link #run} waits for the workers, reports progress every few tens of milliseconds and
 * throws {@link CancellationException} soon after {@code cancelled} turns true.
 */
public final class BatchEngine {
    /**
     * Runs per chunk: the fifteen or so arrays of a step for this many runs (about 120 KB) stay in the level-2 cache,
     * and a step's fixed costs (calls, per-step powers) are shared by enough runs to vanish.
     */
    static final int CHUNK = Integer.getInteger("optiviz.chunk", 1024);
    private static final long REPORT_MILLIS = 40;
    private static final byte RUNNING = 0;
    private static final byte CONVERGED = 1;
    private static final byte DIVERGED = 2;

    private final BatchJob job;
    private final BatchRule rule;
    private final BatchObjective objective;
    private final BooleanSupplier cancelled;
    private final int n;
    private final double[] x;
    private final double[] y;
    private final double[] oldX;
    private final double[] oldY;
    private final double[] f;
    private final double[] loss;
    private final double[] lr;
    private final double[] endX;
    private final double[] endY;
    private final byte[] status;
    private final int[] steps;
    /** The last step that moved each run by more than the settle tolerance, as a double so the check vectorises. */
    private final double[] lastMoved;
    /** A diverged run's loss at its last finite point. */
    private final double[] endLoss;
    private final AtomicLong done = new AtomicLong();
    /** A chunk tells its progress when t & this is 0: every 64 steps. */
    private static final int PROGRESS_STEPS = 63;
    private volatile boolean stop;

    private BatchEngine(BatchJob job, BooleanSupplier cancelled) {
        this.job = job;
        this.cancelled = cancelled;
        this.n = job.size();
        this.rule = BatchRule.of(job.settings());
        this.objective = new BatchObjective(job.surface(), job.noiseSigma(), job.noiseSeed());
        this.x = new double[n];
        this.y = new double[n];
        this.oldX = new double[n];
        this.oldY = new double[n];
        this.f = new double[n];
        this.loss = new double[n];
        this.lr = new double[n];
        this.endX = new double[n];
        this.endY = new double[n];
        this.status = new byte[n];
        this.steps = new int[n];
        this.lastMoved = new double[n];
        this.endLoss = new double[n];
    }

    /** Runs the whole job on one thread, without progress or cancellation. */
    public static BatchResult run(BatchJob job) {
        return run(job, 1, () -> false, BatchProgress.NONE);
    }

    /**
     * Runs the job on this many worker threads.
     *
     * @throws CancellationException when {@code cancelled} turned true before the end
     */
    public static BatchResult run(BatchJob job, int threads, BooleanSupplier cancelled, BatchProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        BatchEngine engine = new BatchEngine(job, cancelled);
        engine.runOn(Math.min(threads, Math.max(1, (engine.n + CHUNK - 1) / CHUNK)), progress);
        return engine.result();
    }

    private void runOn(int threads, BatchProgress progress) {
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int chunks = (n + CHUNK - 1) / CHUNK;
        int spread = threads;
        int perSpread = (chunks + spread - 1) / spread;
        int tickets = spread * perSpread;
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int ticket = nextChunk.getAndIncrement(); ticket < tickets && !stop;
                            ticket = nextChunk.getAndIncrement()) {
                        // Tickets taken together name chunks far apart: two threads stepping neighbouring chunks
                        // would both write the cache line that straddles their border, every step.
                        int c = (ticket % spread) * perSpread + ticket / spread;
                        if (c >= chunks) {
                            continue;
                        }
                        int from = c * CHUNK;
                        int to = Math.min(n, from + CHUNK);
                        if (rule != null) {
                            stepChunk(from, to);
                        } else {
                            stepRuns(from, to);
                        }
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    stop = true;
                }
            }, "batch-" + w);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long total = job.totalSteps();
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                try {
                    worker.join(REPORT_MILLIS);
                } catch (InterruptedException e) {
                    stop = true;
                    Thread.currentThread().interrupt();
                }
                if (cancelled.getAsBoolean()) {
                    stop = true;
                }
                progress.progress(done.get(), total);
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        }
        if (stop) {
            throw new CancellationException("the batch was cancelled");
        }
        progress.progress(total, total);
    }

    private boolean halted() {
        if (!stop && cancelled.getAsBoolean()) {
            stop = true;
        }
        return stop;
    }

    /**
     * Steps runs from..to−1 through every step with the optimizer's batch rule. Each step is a handful of loops over
     * the chunk's runs, each small enough for the JIT to vectorise: the rule's, the losses, and the bookkeeping of
     * {@link ChunkChecks}. Divergence is rare, so a step only looks at runs one by one when some run left the bounds.
     */
    private void stepChunk(int from, int to) {
        int count = to - from;
        rule.reset(from, to);
        System.arraycopy(job.startX(), from, x, from, count);
        System.arraycopy(job.startY(), from, y, from, count);
        job.surface().values(x, y, loss, from, to);
        java.util.Arrays.fill(lastMoved, from, to, 0);
        int[] gone = new int[count];
        int goneCount = 0;
        int limit = job.steps();
        double tolerance = job.settleTolerance();
        int told = 0;
        for (int t = 1; t <= limit; t++) {
            if (halted()) {
                return;
            }
            if (t == 1 || !job.settings().lrFixed()) {
                job.settings().scheduledLr(t, lr, from, to);
            }
            System.arraycopy(x, from, oldX, from, count);
            System.arraycopy(y, from, oldY, from, count);
            rule.step(objective, x, y, loss, lr, t, from, to);
            // A diverged run keeps being stepped with the others, from its last finite point, so that it can never
            // raise the alarm below again; what it computes is never read.
            for (int k = 0; k < goneCount; k++) {
                int i = gone[k];
                x[i] = endX[i];
                y[i] = endY[i];
            }
            objective.stepLosses(x, y, t, f, from, to);
            ChunkChecks.markMoves(x, y, oldX, oldY, lastMoved, t, tolerance, from, to);
            ChunkChecks.raiseAlarms(x, y, f, lastMoved, from, to);
            if (ChunkChecks.anyAlarm(lastMoved, from, to)) {
                goneCount = divergeNew(t, from, to, gone, goneCount);
            }
            System.arraycopy(f, from, loss, from, count);
            // Progress is told every few dozen steps: a counter both threads bump every step bounces its cache
            // line between the cores and costs the second thread much of its speed.
            if ((t & PROGRESS_STEPS) == 0) {
                done.addAndGet((long) (t - told) * count);
                told = t;
            }
            if (goneCount == count) {
                break;
            }
        }
        done.addAndGet((long) (limit - told) * count);
        finish(limit, from, to);
    }

    /**
     * Ends as diverged, at its previous point, every run of from..to−1 whose step t left the bounds as
     * {@link Run#advance} tests them (a point or loss not finite, a coordinate beyond {@link Run#DIVERGENCE_BOUND}).
     * Returns the new number of diverged runs listed in {@code gone}.
     */
    private int divergeNew(int t, int from, int to, int[] gone, int goneCount) {
        for (int i = from; i < to; i++) {
            if (lastMoved[i] >= 0) {
                continue;
            }
            // Only a raised alarm gets here; for a run that diverged before, it means nothing.
            lastMoved[i] = 0;
            if (status[i] != DIVERGED && !(Math.abs(x[i]) <= Run.DIVERGENCE_BOUND
                    && Math.abs(y[i]) <= Run.DIVERGENCE_BOUND && Double.isFinite(f[i]))) {
                status[i] = DIVERGED;
                steps[i] = t - 1;
                endX[i] = oldX[i];
                endY[i] = oldY[i];
                endLoss[i] = loss[i];
                x[i] = oldX[i];
                y[i] = oldY[i];
                gone[goneCount++] = i;
            }
        }
        return goneCount;
    }

    /**
     * The steps, loss and status of the runs still going after the last step: the race's convergence test of their
     * last step ({@link Run#converged}); a converged run keeps stepping in a race too, so only the last step counts.
     */
    private void finish(int limit, int from, int to) {
        double[] scratch = new double[2];
        for (int i = from; i < to; i++) {
            if (status[i] == DIVERGED) {
                loss[i] = endLoss[i];
                continue;
            }
            steps[i] = limit;
            double moved = Math.abs(x[i] - oldX[i]) + Math.abs(y[i] - oldY[i]);
            status[i] = limit > 0 && Run.converged(moved, x[i], y[i], job.surface(), scratch) ? CONVERGED : RUNNING;
        }
    }

    /** Steps runs from..to−1 one by one as whole runs, for an optimizer without a batch rule. */
    private void stepRuns(int from, int to) {
        Objective single = new Objective(job.surface(), job.noiseSigma(), job.noiseSeed());
        double tolerance = job.settleTolerance();
        int limit = job.steps();
        for (int i = from; i < to; i++) {
            Run run = new Run(job.kind(), job.settings().of(i), false);
            run.restart(new Point(job.startX()[i], job.startY()[i]), single);
            for (int t = 1; t <= limit; t++) {
                if ((t & 0x3FF) == 0 && halted()) {
                    return;
                }
                double ox = run.x();
                double oy = run.y();
                if (!run.advance(single)) {
                    break;
                }
                if (Math.abs(run.x() - ox) + Math.abs(run.y() - oy)
                        > tolerance * (1 + Math.abs(run.x()) + Math.abs(run.y()))) {
                    lastMoved[i] = t;
                }
            }
            x[i] = run.x();
            y[i] = run.y();
            endX[i] = run.x();
            endY[i] = run.y();
            loss[i] = run.loss();
            steps[i] = (int) run.step();
            status[i] = switch (run.status()) {
                case RUNNING -> RUNNING;
                case CONVERGED -> CONVERGED;
                case DIVERGED -> DIVERGED;
            };
            done.addAndGet(limit);
        }
    }

    private BatchResult result() {
        RunStatus[] statuses = new RunStatus[n];
        int[] settled = new int[n];
        double[] resultX = new double[n];
        double[] resultY = new double[n];
        for (int i = 0; i < n; i++) {
            boolean diverged = status[i] == DIVERGED;
            statuses[i] = diverged ? RunStatus.DIVERGED : status[i] == CONVERGED ? RunStatus.CONVERGED
                    : RunStatus.RUNNING;
            resultX[i] = diverged ? endX[i] : x[i];
            resultY[i] = diverged ? endY[i] : y[i];
            settled[i] = diverged || (lastMoved[i] == job.steps() && job.steps() > 0) ? -1 : (int) lastMoved[i];
        }
        return new BatchResult(resultX, resultY, loss.clone(), statuses, steps.clone(), settled);
    }
}
