package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.inspect.StepVectors;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunNames;
import org.optiviz.plot.VectorOverlay;
import org.optiviz.plot.view.PlacedPlot;

/** The arrows of a race's latest steps, put on the plots of a picture, as the window shows them. */
public final class ArrowPictures {
    private ArrowPictures() {
    }

    /** Every arrow kind of every run of the race that has taken a step, with English words. */
    public static VectorOverlay of(Race race) {
        List<VectorOverlay.RunVectors> runs = new ArrayList<>();
        List<OptimizerKind> kinds = race.runs().stream().map(Run::kind).toList();
        for (int i = 0; i < kinds.size(); i++) {
            StepVectors v = StepVectors.of(race.runs().get(i));
            if (v != null) {
                runs.add(new VectorOverlay.RunVectors(RunNames.keyAmong(kinds, i), v));
            }
        }
        return VectorOverlay.all(runs);
    }

    /** The picture with the arrows on each plot (each plot keeps those of its own runs). */
    public static Picture with(Picture picture, VectorOverlay overlay) {
        List<PlacedPlot> cells = new ArrayList<>();
        for (PlacedPlot cell : picture.cells()) {
            cells.add(new PlacedPlot(cell.x(), cell.y(), cell.request().withVectors(overlay)));
        }
        return new Picture(picture.width(), picture.height(), picture.background(), cells, picture.charts());
    }
}
