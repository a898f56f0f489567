package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Surfaces;

/**
 * Stepping allocates nothing, for every registered optimizer, with and without a learning-rate schedule: measured
 * with the JVM's per-thread allocation counter.
 */
class AllocationTest {
    @Test
    void steppingAllocatesNothing() {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        var counter = (com.sun.management.ThreadMXBean) bean;
        var surface = Surfaces.byKey("rosenbrock");
        // Cosine decay (choice 3) after a warm-up: the schedule's costliest path.
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (Hyperparams params : List.of(kind.defaultsFor(surface), kind.defaultsFor(surface)
                    .with("warmup", 50).with("decay", 3).with("decay_steps", 50_000))) {
                assertNoAllocation(counter, kind, params);
            }
        }
    }

    private static void assertNoAllocation(com.sun.management.ThreadMXBean counter, OptimizerKind kind,
                                           Hyperparams params) {
        long thread = Thread.currentThread().getId();
        var surface = Surfaces.byKey("rosenbrock");
        Objective objective = new Objective(surface, 0.1, 5); // with noise: its path must not allocate either
        Run run = new Run(kind, params, false);
        run.restart(surface.defaultStart(), objective);
        for (int i = 0; i < 20_000; i++) {
            run.advance(objective);
        }
        long before = counter.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            run.advance(objective);
        }
        long allocated = counter.getThreadAllocatedBytes(thread) - before;
        // The counter itself may allocate a few bytes; one object per step would be ≥ 1.6 MB here.
        assertTrue(allocated < 4_096, kind.key() + " " + params + " allocated " + allocated + " bytes in 100,000 steps");
    }
}
