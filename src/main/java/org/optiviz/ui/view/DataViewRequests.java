package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.optim.Objective;
import org.optiviz.plot.Theme;
import org.optiviz.plot.data.DataPoints;
import org.optiviz.plot.data.DataViewRequest;
import org.optiviz.plot.data.ModelLine;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * The data view of the window's race: the data's points, the rows of the latest step's minibatch, and each
 * visible run's model at its current (w, b) in its colour. The points' summary is kept while the data set stays
 * the same, so a frame costs only the batch and the models.
 */
final class DataViewRequests {
    private DataSet summarised;
    private DataPoints points;

    /** The request at this size and look, or null when the window does not race a data problem. */
    DataViewRequest of(MainViewModel model, I18n i18n, Theme theme, double scale, double width, double height) {
        if (!(model.getSurface() instanceof DataModel data)) {
            return null;
        }
        if (data.data() != summarised) {
            summarised = data.data();
            points = DataPoints.of(data.data().xs(), data.data().ys());
        }
        Objective objective = model.race().objective();
        int[] batch = objective.batchRows(Math.max(1, model.getStep()));
        List<ModelLine> lines = new ArrayList<>();
        for (OptimizerEntry entry : model.visibleEntries()) {
            lines.add(new ModelLine(entry.key(), entry.displayName(), entry.getColor(),
                    entry.run().x(), entry.run().y()));
        }
        String x = data.data().xName() + (data.standardized() ? " " + i18n.get("data.view.standardized") : "");
        return new DataViewRequest(points, batch, data.model() == org.optiviz.core.data.Model.LOGISTIC, lines, x,
                data.data().yName(), width, height, theme, scale);
    }
}
