package org.optiviz.plot.data;

import java.util.List;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.Model;
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

    /**
     * The data view of a race on a data model, as the window and the command line both build it: the data's
     * points, the rows of the latest step's batch (null for full batches), each shown run's model, and the columns'
     * names as titles (x followed by {@code standardizedWord} when x was standardised).
     */
    public static DataViewRequest of(DataModel data, DataPoints points, int[] batch, List<ModelLine> models,
                                     String standardizedWord, double width, double height, Theme theme,
                                     double scale) {
        String x = data.data().xName() + (data.standardized() ? " " + standardizedWord : "");
        return new DataViewRequest(points, batch, data.model() == Model.LOGISTIC, models, x, data.data().yName(),
                width, height, theme, scale);
    }

    public DataViewRequest withSize(double w, double h) {
        return new DataViewRequest(points, batch, logistic, models, xTitle, yTitle, w, h, theme, scale);
    }
}
