package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.Java2dRenderer;

/** The composed plot rendered with Java2D, headless: sizes, trajectory colours, heat-map colours. */
class Java2dPlotTest {
    @Test
    void everyRunsColourLiesAlongItsPathAtScaleOneAndTwo() {
        Surface surface = Surfaces.byKey("rosenbrock");
        Race race = PlotFixtures.race(surface, 300);
        int checkedRuns = 0;
        for (RunTrace run : PlotFixtures.traces(race)) {
            // One run at a time: in a full race later paths may cover earlier ones where they coincide.
            PlotRequest request = PlotRequest.of(surface, 640, 480).withRuns(List.of(run))
                    .withOptions(PlotOptions.defaults().withLegend(false));
            ViewTransform t = PlotComposer.transform(request);
            for (double scale : new double[] {1, 2}) {
                BufferedImage image = Java2dRenderer.render(PlotComposer.compose(request), scale);
                assertEquals(Math.round(640 * scale), image.getWidth());
                assertEquals(Math.round(480 * scale), image.getHeight());
                double coverage = PlotFixtures.colourCoverage(run, t, image::getRGB, image.getWidth(),
                        image.getHeight(), scale);
                if (!Double.isNaN(coverage)) {
                    // A dashed path shows its colour along its dashes only (two thirds of its length).
                    double expected = run.dashed() ? 0.55 : 0.9;
                    assertTrue(coverage >= expected, run.label() + " colour found at " + coverage + " of its points");
                    checkedRuns++;
                }
            }
        }
        assertTrue(checkedRuns >= 14, "most runs' paths are long enough to check, got " + checkedRuns);
    }

    @Test
    void heatMapShowsTheViridisColourOfFAtKnownPoints() {
        Surface surface = Surfaces.byKey("himmelblau");
        PlotRequest request = PlotRequest.of(surface, 500, 400)
                .withOptions(PlotOptions.defaults().withIsoLines(false).withLegend(false)).withStart(null);
        ViewTransform t = PlotComposer.transform(request);
        ContourLevels levels = ContourLevels.choose(
                ValueGrid.sample(Field.of(surface), t, 2).values(), surface.floor());
        BufferedImage image = Java2dRenderer.render(PlotComposer.compose(request), 1);
        double[][] points = {{0, 0}, {-4, 4}, {4.2, -4.5}, {1.5, 2.5}, {-2, -1}};
        for (double[] p : points) {
            int px = (int) Math.floor(t.toPixelX(p[0]));
            int py = (int) Math.floor(t.toPixelY(p[1]));
            double f = surface.value(t.toWorldX(px + 0.5), t.toWorldY(py + 0.5));
            int expected = ColorMap.viridis(levels.t(f));
            int actual = image.getRGB(px, py);
            assertTrue(PlotFixtures.distance(expected, actual) <= 6,
                    "at (" + p[0] + ", " + p[1] + ") expected " + Integer.toHexString(expected) + " got "
                            + Integer.toHexString(actual));
        }
        // Near a minimum: the dark end of viridis.
        int atMinimum = image.getRGB((int) t.toPixelX(3), (int) t.toPixelY(2) + 12);
        assertTrue(PlotFixtures.distance(atMinimum, ColorMap.viridis(0)) < 60, Integer.toHexString(atMinimum));
    }

    @Test
    void divergedRunEndsInACrossInItsColour() {
        Surface surface = Surfaces.byKey("ellipsoid");
        Race race = PlotFixtures.race(surface, 0, OptimizerKind.SGD);
        race.runs().get(0).setParams(race.runs().get(0).params().with("lr", 11));
        race.step(200, 200);
        RunTrace run = RunTrace.of(race.runs().get(0));
        assertTrue(run.diverged());
        PlotRequest request = PlotRequest.of(surface, 600, 400).withRuns(List.of(run));
        var drawing = PlotComposer.compose(request);
        long crosses = drawing.items().stream().flatMap(i -> i instanceof org.optiviz.plot.draw.ClipGroup g
                ? g.items().stream() : java.util.stream.Stream.of(i))
                .filter(i -> i instanceof org.optiviz.plot.draw.Marker m
                        && m.shape() == org.optiviz.plot.draw.MarkerShape.CROSS).count();
        assertEquals(1, crosses);
        String labels = drawing.items().toString();
        assertTrue(labels.contains("diverged at step " + run.divergedAt()), "label with the step");
        BufferedImage image = Java2dRenderer.render(drawing, 1);
        assertEquals(600, image.getWidth());
    }
}
