package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.race.Trajectory;
import org.optiviz.core.surface.Surface;
import org.optiviz.plot.Theme;
import org.optiviz.plot.chart.FullLossSamples;
import org.optiviz.plot.chart.LossChartRequest;
import org.optiviz.plot.chart.LossSeries;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.FullLosses;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * The loss chart of the window's visible runs, for the chart beside the plot and for exports alike. A data model
 * raced with minibatches records each step's batch loss (a step costs O(m)); the chart shows the full-batch loss
 * instead, at the steps {@link FullLossSamples} picks: the window's chart from the values worked out so far in the
 * background (asking for the rest, so it fills in), an export's with every one of them.
 */
public final class LossChartRequests {
    private LossChartRequests() {
    }

    /** The window's chart at this size, theme and scale; the losses are the runs' own, shared. */
    public static LossChartRequest of(MainViewModel model, I18n i18n, Theme theme, double scale, double width,
                                      double height) {
        List<LossSeries> series = new ArrayList<>();
        DataModel sampled = sampledData(model);
        if (sampled == null) {
            for (OptimizerEntry entry : model.visibleEntries()) {
                Trajectory t = entry.run().trajectory();
                series.add(new LossSeries(entry.key(), entry.displayName(), entry.getColor(), t.losses(), t.size()));
            }
        } else {
            series.addAll(known(model, sampled, FullLossSamples.stride(model.getStep(), width, sampled.data().size())));
        }
        series.addAll(PredictedLosses.of(model));
        return request(model, i18n, theme, scale, width, height, series);
    }

    /**
     * An export's chart: what it needs is captured now, on the window thread (the recorded losses as they are, or
     * the paths' points at the sampled steps, copied), and the full-batch losses not worked out yet are computed
     * when the supplier is called, on the export's thread.
     */
    public static Supplier<LossChartRequest> exported(MainViewModel model, I18n i18n, Theme theme, double width,
                                                      double height) {
        DataModel sampled = sampledData(model);
        List<LossSeries> series = new ArrayList<>();
        List<Runnable> fills = new ArrayList<>();
        for (OptimizerEntry entry : model.visibleEntries()) {
            Trajectory t = entry.run().trajectory();
            if (sampled == null) {
                series.add(new LossSeries(entry.key(), entry.displayName(), entry.getColor(), t.losses(), t.size()));
                continue;
            }
            int[] steps = FullLossSamples.steps(t.size(),
                    FullLossSamples.stride(model.getStep(), width, sampled.data().size()));
            double[] values = new double[steps.length];
            double[] ws = new double[steps.length];
            double[] bs = new double[steps.length];
            for (int i = 0; i < steps.length; i++) {
                ws[i] = t.x(steps[i]);
                bs[i] = t.y(steps[i]);
                Double v = steps[i] == 0 ? (Double) t.loss(0) : model.fullLosses.loss(sampled, ws[i], bs[i]);
                values[i] = v == null ? Double.NaN : v;
            }
            fills.add(() -> IntStream.range(0, values.length).parallel().filter(i -> Double.isNaN(values[i]))
                    .forEach(i -> values[i] = sampled.value(ws[i], bs[i])));
            series.add(new LossSeries(entry.key(), entry.displayName(), entry.getColor(), values,
                    steps.length, steps));
        }
        series.addAll(PredictedLosses.of(model));
        LossChartRequest request = request(model, i18n, theme, 1, width, height, series);
        return () -> {
            fills.forEach(Runnable::run);
            return request;
        };
    }

    /** The data model whose full-batch loss must be sampled (raced with minibatches), or null. */
    private static DataModel sampledData(MainViewModel model) {
        return model.getSurface() instanceof DataModel data && model.race().objective().minibatched() ? data : null;
    }

    /**
     * Each visible run's full-batch loss at the sampled steps whose value is known (step 0's is recorded), asking
     * the background for the others: every run's last step first, then the coarsest steps, so the curves show early
     * and fill in.
     */
    private static List<LossSeries> known(MainViewModel model, DataModel data, int stride) {
        FullLosses full = model.fullLosses;
        List<LossSeries> series = new ArrayList<>();
        List<double[]> missing = new ArrayList<>();
        for (OptimizerEntry entry : model.visibleEntries()) {
            Trajectory t = entry.run().trajectory();
            int[] steps = FullLossSamples.steps(t.size(), stride);
            int[] knownSteps = new int[steps.length];
            double[] values = new double[steps.length];
            int n = 0;
            for (int k : steps) {
                Double v = k == 0 ? (Double) t.loss(0) : full.loss(data, t.x(k), t.y(k));
                if (v != null) {
                    knownSteps[n] = k;
                    values[n++] = v;
                } else {
                    missing.add(new double[] {t.x(k), t.y(k), FullLossSamples.priority(k, stride, t.size() - 1)});
                }
            }
            series.add(new LossSeries(entry.key(), entry.displayName(), entry.getColor(), values, n,
                    knownSteps));
        }
        // Stable: within a priority, runs keep the window's order.
        missing.sort(Comparator.comparingDouble((double[] p) -> -p[2]));
        full.askForChart(data, missing);
        return series;
    }

    private static LossChartRequest request(MainViewModel model, I18n i18n, Theme theme, double scale,
                                            double width, double height, List<LossSeries> series) {
        Surface surface = model.getSurface();
        boolean signed = surface.minima().isEmpty();
        String title = i18n.get(signed ? "chart.axis.signed" : "chart.axis.log");
        // Said in the title, since a minibatch step's own loss is its batch's, which the chart does not show.
        String lossTitle = surface instanceof DataModel ? i18n.get("chart.axis.fullBatch", title) : title;
        return new LossChartRequest(series, surface.floor(), signed, model.getStep(), width, height, theme, scale,
                i18n.get("chart.axis.step"), lossTitle);
    }
}
