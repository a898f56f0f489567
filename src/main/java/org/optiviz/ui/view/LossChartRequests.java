package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optiviz.core.race.Trajectory;
import org.optiviz.core.surface.Surface;
import org.optiviz.plot.Theme;
import org.optiviz.plot.chart.LossChartRequest;
import org.optiviz.plot.chart.LossSeries;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/** The loss chart of the window's visible runs, for the chart beside the plot and for exports alike. */
public final class LossChartRequests {
    private LossChartRequests() {
    }

    /**
     * The chart at this size, theme and scale, with axis titles in the window's language. With {@code copy} the
     * losses are copied (for an export on another thread); otherwise they share the live runs' arrays.
     */
    public static LossChartRequest of(MainViewModel model, I18n i18n, Theme theme, double scale, double width,
                                      double height, boolean copy) {
        Surface surface = model.getSurface();
        // A batch's loss can fall below the full loss's minimum, so a minibatch race uses the signed scale of f.
        boolean signed = surface.minima().isEmpty() || model.race().objective().minibatched();
        List<LossSeries> series = new ArrayList<>();
        for (OptimizerEntry entry : model.visibleEntries()) {
            Trajectory t = entry.run().trajectory();
            double[] losses = copy ? Arrays.copyOf(t.lossArray(), t.size()) : t.lossArray();
            series.add(new LossSeries(entry.key(), entry.displayName(),
                    entry.getColor(), losses, t.size()));
        }
        series.addAll(PredictedLosses.of(model));
        return new LossChartRequest(series, surface.floor(), signed, model.getStep(), width, height, theme, scale,
                i18n.get("chart.axis.step"), lossTitle(model, i18n, signed));
    }

    /** The loss axis's title; a minibatch race records each step's batch loss (O(m)), and the title says so. */
    private static String lossTitle(MainViewModel model, I18n i18n, boolean signed) {
        String title = i18n.get(signed ? "chart.axis.signed" : "chart.axis.log");
        return model.race().objective().minibatched() ? i18n.get("chart.axis.minibatch", title) : title;
    }
}
