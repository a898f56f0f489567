package org.optiviz.plot.data;

import java.util.List;
import org.optiviz.plot.Theme;

/**
 * Everything a data view shows: the data's points, the rows of the current minibatch (null when steps use the
 * whole set), each shown run's model (a line, or for a logistic model the sigmoid σ(w·x + b) over y ∈ {0, 1}),
 * the axis titles (the data's column names), at width × height pixels in a theme and at a text scale.
 */
public record DataViewRequest(DataPoints points, int[] batch, boolean logistic, List<ModelLine> models,
                              String xTitle, String yTitle, double width, double height, Theme theme, double scale) {
    public DataViewRequest {
        if (!(width >= 16 && height >= 16) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a data view needs at least 16×16 pixels, got " + width + "×" + height);
        }
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("data view scale must be in (0, 8], got " + scale);
        }
        models = List.copyOf(models);
    }

    public DataViewRequest withSize(double w, double h) {
        return new DataViewRequest(points, batch, logistic, models, xTitle, yTitle, w, h, theme, scale);
    }
}
