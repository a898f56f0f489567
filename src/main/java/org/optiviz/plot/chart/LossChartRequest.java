package org.optiviz.plot.chart;

import java.util.List;
import org.optiviz.plot.Theme;

/**
 * Everything a loss chart shows: each run's loss against step on a log scale of f − floor (a signed log scale,
 * sign(f)·log10(1 + |f|), where the field has no known minimum), width × height pixels, in a theme and at a text
 * scale, with the axis titles in the reader's language.
 *
 * @param lastStep the step at the right end of the x axis (at least 1)
 */
public record LossChartRequest(List<LossSeries> series, double floor, boolean signed, long lastStep, double width,
                               double height, Theme theme, double scale, String stepTitle, String lossTitle) {
    public LossChartRequest {
        if (!(width >= 16 && height >= 16) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a chart needs at least 16×16 pixels, got " + width + "×" + height);
        }
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("chart scale must be in (0, 8], got " + scale);
        }
        series = List.copyOf(series);
        lastStep = Math.max(1, lastStep);
    }

    public LossChartRequest withSize(double w, double h) {
        return new LossChartRequest(series, floor, signed, lastStep, w, h, theme, scale, stepTitle, lossTitle);
    }

    public LossChartRequest withSeries(List<LossSeries> s) {
        return new LossChartRequest(s, floor, signed, lastStep, width, height, theme, scale, stepTitle, lossTitle);
    }

    /** The value on the chart's y scale: log10(f − floor), or the signed log where there is no minimum. */
    public double transform(double loss) {
        if (signed) {
            return Math.signum(loss) * Math.log10(1 + Math.abs(loss));
        }
        return Math.log10(Math.max(loss - floor, 1e-16));
    }
}
