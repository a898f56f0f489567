package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Column;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.theory.Envelope;
import org.optiviz.core.theory.QuadraticTheory;
import org.optiviz.core.theory.Theory;
import org.optiviz.plot.chart.LossChart;
import org.optiviz.plot.chart.LossSeries;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * Theory's predicted loss for each visible run it covers (SGD, Momentum, NAG), drawn dashed beside the measured
 * loss: only on a quadratic with a minimum and without gradient noise or minibatches, where the prediction is exact.
 */
final class PredictedLosses {
    /**
     * How many values the remembered envelopes may hold in all (32 MB): enough for every covered run of a
     * 1,000,000-step race, and a slider dragged through many settings does not pile them up.
     */
    private static final long REMEMBERED_VALUES = 1L << 22;
    /**
     * Envelopes already worked out, by everything they depend on, each to twice the steps first asked for: the chart
     * redraws many times a second while the race grows, and an envelope is recomputed only when the steps double.
     * The least recently used go first. Used on the window's thread only.
     */
    private static final LinkedHashMap<Inputs, double[]> KNOWN = new LinkedHashMap<>(16, 0.75f, true);

    private record Inputs(OptimizerKind kind, Hyperparams params, QuadraticTheory numbers, double floor,
                          double startLoss) {
    }

    private PredictedLosses() {
    }

    static List<LossSeries> of(MainViewModel model) {
        Surface surface = model.getSurface();
        List<LossSeries> series = new ArrayList<>();
        boolean minibatches = surface instanceof DataModel data && data.batchSize() < data.data().size();
        if (!surface.quadratic() || surface.minima().isEmpty() || model.noiseSigmaProperty().get() > 0
                || minibatches) {
            return series;
        }
        Theory theory = Theory.atFirstMinimum(surface);
        for (OptimizerEntry entry : model.visibleEntries()) {
            int count = entry.run().trajectory().size();
            if (count == 0) {
                continue;
            }
            double[] losses = envelope(new Inputs(entry.kind(), entry.getParams(), theory.numbers(), surface.floor(),
                    entry.run().trajectory().loss(0)), count, model.stepLimitProperty().get() + 1);
            if (losses != null) {
                series.add(new LossSeries(LossChart.PREDICTED + entry.key(), entry.displayName(),
                        entry.getColor(), Column.of(losses), count));
            }
        }
        return series;
    }

    /**
     * The envelope to at least {@code count} steps (and at most {@code most} when asked for more), or null where
     * theory has no rate for the optimizer.
     */
    private static double[] envelope(Inputs in, int count, long most) {
        double[] known = KNOWN.get(in);
        if (known != null && known.length >= count) {
            return known;
        }
        double[] losses = Envelope.losses(in.kind(), in.params(), in.numbers(), in.floor(), in.startLoss(),
                (int) Math.max(count, Math.min(most, 2L * (known == null ? 0 : known.length))));
        if (losses != null) {
            KNOWN.put(in, losses);
            long held = KNOWN.values().stream().mapToLong(v -> v.length).sum();
            for (var eldest = KNOWN.entrySet().iterator(); held > REMEMBERED_VALUES && KNOWN.size() > 1; ) {
                held -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return losses;
    }
}
