package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.theory.Envelope;
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
            double[] losses = Envelope.losses(entry.kind(), entry.getParams(), theory.numbers(), surface.floor(),
                    entry.run().trajectory().lossArray()[0], count);
            if (losses != null) {
                series.add(new LossSeries(LossChart.PREDICTED + entry.key(), entry.displayName(),
                        entry.getColor(), losses, count));
            }
        }
        return series;
    }
}
