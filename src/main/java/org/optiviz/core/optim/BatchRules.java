package org.optiviz.core.optim;

import java.util.Map;
import java.util.function.Function;

/** Which batch rule steps many runs of each built-in optimizer, and how many doubles of state it keeps per run. */
final class BatchRules {
    private record Entry(Function<LaneSettings, BatchRule> factory, int doublesPerRun) {
    }

    private static final Map<OptimizerKind, Entry> RULES = Map.ofEntries(
            Map.entry(OptimizerKind.SGD, new Entry(SgdBatch::new, 0)),
            Map.entry(OptimizerKind.MOMENTUM, new Entry(MomentumBatch::new, 2)),
            Map.entry(OptimizerKind.NAG, new Entry(NagBatch::new, 4)),
            Map.entry(OptimizerKind.ADAGRAD, new Entry(AdaGradBatch::new, 2)),
            Map.entry(OptimizerKind.RMSPROP, new Entry(RmsPropBatch::new, 2)),
            Map.entry(OptimizerKind.ADADELTA, new Entry(AdaDeltaBatch::new, 6)),
            Map.entry(OptimizerKind.ADAM, new Entry(AdamBatch::new, 8)),
            Map.entry(OptimizerKind.ADAMW, new Entry(AdamWBatch::new, 8)),
            Map.entry(OptimizerKind.ADASMOOTH, new Entry(AdaSmoothBatch::new, 12)),
            Map.entry(OptimizerKind.EVE, new Entry(EveBatch::new, 11)),
            Map.entry(OptimizerKind.ADAMAX, new Entry(AdamaxBatch::new, 6)),
            Map.entry(OptimizerKind.NADAM, new Entry(NAdamBatch::new, 12)),
            Map.entry(OptimizerKind.RADAM, new Entry(RAdamBatch::new, 8)),
            Map.entry(OptimizerKind.AMSGRAD, new Entry(AmsGradBatch::new, 10)),
            Map.entry(OptimizerKind.LION, new Entry(LionBatch::new, 2)),
            Map.entry(OptimizerKind.ADABELIEF, new Entry(AdaBeliefBatch::new, 8)),
            Map.entry(OptimizerKind.YOGI, new Entry(YogiBatch::new, 8)),
            Map.entry(OptimizerKind.QHM, new Entry(QhmBatch::new, 2)));

    private BatchRules() {
    }

    static BatchRule create(LaneSettings settings) {
        Entry entry = RULES.get(settings.kind());
        return entry == null ? null : entry.factory.apply(settings);
    }

    /** State doubles per run of the kind's rule; a generous guess for a kind without one (it steps whole runs). */
    static int doublesPerRun(OptimizerKind kind) {
        Entry entry = RULES.get(kind);
        return entry == null ? 64 : entry.doublesPerRun;
    }
}
