package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.data.DataModel;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.Theme;
import org.optiviz.plot.data.DataPoints;
import org.optiviz.plot.data.DataViewRequest;
import org.optiviz.plot.data.ModelLine;

/**
 * The data view of a scenario's race after its last step, built as the window builds it for the same state: the
 * data's points, the last step's minibatch, and each shown optimizer's model at its last point in its colour.
 */
public final class DataViewPictures {
    /** What the window's English text writes after the name of a standardised x. */
    public static final String STANDARDIZED = "(standardised)";

    private DataViewPictures() {
    }

    /**
     * Runs the scenario's race to its step limit (reporting progress) and returns its data view.
     *
     * @throws IllegalArgumentException when the scenario's problem is not a model fitted to data
     */
    public static DataViewRequest after(Scenario scenario, ExportProgress progress, double width, double height,
                                        Theme theme, double scale) {
        if (!(scenario.surface() instanceof DataModel data)) {
            throw new IllegalArgumentException("only a model fitted to data has a data view");
        }
        int[][] batch = new int[1][];
        RaceSnapshot snapshot = RaceSnapshot.run(scenario, progress,
                race -> batch[0] = race.objective().batchRows(Math.max(1, race.maxStep())));
        List<ModelLine> lines = new ArrayList<>();
        for (RunTrace trace : snapshot.traces()) {
            int last = trace.count() - 1;
            lines.add(new ModelLine(trace.key(), trace.label(), trace.argb(), trace.xs().get(last),
                    trace.ys().get(last)));
        }
        return DataViewRequest.of(data, DataPoints.of(data.data().xs(), data.data().ys()), batch[0], lines,
                STANDARDIZED, width, height, theme, scale);
    }
}
