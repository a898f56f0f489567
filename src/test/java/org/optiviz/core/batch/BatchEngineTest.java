package org.optiviz.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;

class BatchEngineTest {
    private static BatchJob grid(OptimizerKind kind, int side, int steps) {
        Surface surface = Surfaces.byKey("himmelblau");
        double[] xs = new double[side * side];
        double[] ys = new double[side * side];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -5 + 10.0 * (i % side) / side;
            ys[i] = -5 + 10.0 * (i / side) / side;
        }
        return BatchJob.ofStarts(surface, 0, 0, kind, kind.defaultsFor(surface), xs, ys, steps);
    }

    @Test
    void cancellingStopsTheBatchWithACancellation() {
        AtomicBoolean cancel = new AtomicBoolean();
        List<Long> seen = new ArrayList<>();
        BatchJob job = grid(OptimizerKind.ADAM, 200, 1_000_000);
        assertThrows(CancellationException.class, () -> BatchEngine.run(job, 2, cancel::get, (done, total) -> {
            seen.add(done);
            cancel.set(true);
        }));
        assertTrue(seen.get(seen.size() - 1) < job.totalSteps(), "stopped before the end");
    }

    @Test
    void progressRisesToTheTotalOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Long> seen = new ArrayList<>();
        BatchJob job = grid(OptimizerKind.NADAM, 64, 3000);
        BatchEngine.run(job, 2, () -> false, (done, total) -> {
            assertEquals(caller, Thread.currentThread());
            assertEquals(job.totalSteps(), total);
            seen.add(done);
        });
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back");
        }
        assertEquals(job.totalSteps(), seen.get(seen.size() - 1));
    }

    @Test
    void threadsAndChunksChangeNoResult() {
        BatchJob job = grid(OptimizerKind.EVE, 40, 200);
        BatchResult one = BatchEngine.run(job, 1, () -> false, BatchProgress.NONE);
        BatchResult two = BatchEngine.run(job, 2, () -> false, BatchProgress.NONE);
        for (int i = 0; i < job.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(one.x(i)), Double.doubleToRawLongBits(two.x(i)));
            assertEquals(Double.doubleToRawLongBits(one.y(i)), Double.doubleToRawLongBits(two.y(i)));
            assertEquals(one.status(i), two.status(i));
        }
    }
}
