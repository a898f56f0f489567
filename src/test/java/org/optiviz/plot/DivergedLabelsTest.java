package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/** Several runs diverging close together: every "diverged at step N" stays beside its own ✕, none overlap. */
class DivergedLabelsTest {
    @Test
    void eachLabelSitsBesideItsOwnMarker() {
        for (String key : List.of("saddle", "monkey-saddle")) {
            Surface surface = Surfaces.byKey(key);
            List<RunTrace> runs = PlotFixtures.traces(PlotFixtures.divergingRace(surface, 400));
            PlotRequest request = PlotRequest.of(surface, 1000, 800).withRuns(runs);
            PlotMetrics layout = new PlotMetrics(request.options());
            ViewTransform t = PlotComposer.transform(request);
            List<TextLabel> labels = new ArrayList<>();
            for (Item item : TrajectoryLayer.divergedLabels(runs, t, layout, request.options())) {
                labels.add((TextLabel) item);
            }
            List<RunTrace> diverged = runs.stream().filter(RunTrace::diverged).toList();
            assertTrue(diverged.size() >= 3, key + ": several runs diverge");
            assertEquals(diverged.size(), labels.size());
            double line = layout.labelFont * 1.35;
            for (int i = 0; i < labels.size(); i++) {
                TextLabel label = labels.get(i);
                Marker cross = (Marker) TrajectoryLayer.head(diverged.get(i), t, layout).get(0);
                double left = label.left();
                double right = left + TextMetrics.width(label.text(), label.size(), label.bold());
                double gap = Math.min(Math.abs(left - cross.x()), Math.abs(right - cross.x()));
                assertTrue(gap < 20 * layout.s, key + " " + label.text() + ": " + gap + " px from its ✕ sideways");
                assertTrue(Math.abs(label.y() - cross.y()) <= 4 * line + 0.5,
                        key + " " + label.text() + ": " + Math.abs(label.y() - cross.y()) + " px above or below");
                for (int j = 0; j < i; j++) {
                    TextLabel other = labels.get(j);
                    double oLeft = other.left();
                    double oRight = oLeft + TextMetrics.width(other.text(), other.size(), other.bold());
                    boolean overlap = left < oRight && oLeft < right && Math.abs(label.y() - other.y()) < line - 0.5;
                    assertTrue(!overlap, key + ": " + label.text() + " overlaps " + other.text());
                }
            }
        }
    }
}
