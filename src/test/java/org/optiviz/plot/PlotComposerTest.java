package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;

class PlotComposerTest {
    private static List<Item> flat(Drawing d) {
        List<Item> out = new ArrayList<>();
        for (Item i : d.items()) {
            if (i instanceof ClipGroup g) {
                out.addAll(g.items());
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private static <T extends Item> List<T> of(Drawing d, Class<T> type, String role) {
        List<T> out = new ArrayList<>();
        for (Item i : flat(d)) {
            if (type.isInstance(i)) {
                T t = type.cast(i);
                String r = t instanceof Polyline p ? p.role() : t instanceof Marker m ? m.role()
                        : t instanceof TextLabel l ? l.role() : t instanceof RectShape s ? s.role() : "";
                if (role == null || role.equals(r)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    @Test
    void layersHoldWhatTheyPromise() {
        Surface surface = Surfaces.byKey("himmelblau");
        Race race = PlotFixtures.race(surface, 100, OptimizerKind.ADAM, OptimizerKind.SGD);
        PlotRequest request = PlotRequest.of(surface, 800, 600).withRuns(PlotFixtures.traces(race));
        ViewTransform t = PlotComposer.transform(request);
        Drawing background = PlotComposer.background(request, t);
        assertEquals(4, of(background, Marker.class, "minimum").size(), "Himmelblau's four minima");
        assertEquals(1, of(background, org.optiviz.plot.draw.RasterImage.class, null).size());
        assertTrue(of(background, Polyline.class, "isoline").isEmpty(), "iso-lines are in the raster's pixels");
        PlotRequest vector = request.withOptions(request.options().withFill(PlotOptions.Fill.BANDS));
        Drawing bands = PlotComposer.background(vector, t);
        ContourLevels levels = ContourLevels.choose(ValueGrid.sample(Field.of(surface), t, 2).values(), surface.floor());
        assertEquals(levels.count(), of(bands, Polyline.class, "isoline").size(), "one vector path per level");
        assertTrue(of(bands, org.optiviz.plot.draw.RasterImage.class, null).isEmpty());
        Drawing paths = PlotComposer.trajectories(request, t);
        assertEquals(2, of(paths, Polyline.class, "trajectory").size());
        assertEquals(1, of(paths, Marker.class, "start").size());
        assertEquals(2, of(paths, Marker.class, "current").size());
        Drawing deco = PlotComposer.decorations(request, t);
        assertEquals(2, of(deco, TextLabel.class, "legend-label").size());
        assertEquals("Himmelblau", of(deco, TextLabel.class, "title").get(0).text());
        assertEquals(surface.formula(), of(deco, TextLabel.class, "formula").get(0).text());
        assertTrue(of(deco, TextLabel.class, "tick-label").size() >= 8);
        assertEquals(PlotComposer.compose(request).items().size(),
                1 + background.items().size() + paths.items().size() + deco.items().size());
    }

    @Test
    void withoutAxesOrTitleThePlotFillsTheDrawingAndTicksAreGone() {
        Surface surface = Surfaces.byKey("saddle");
        PlotOptions bare = PlotOptions.defaults().withAxes(false).withFormula(false).withLegend(false);
        PlotRequest request = PlotRequest.of(surface, 300, 300).withOptions(bare);
        ViewTransform t = PlotComposer.transform(request);
        assertEquals(new PixelRect(0, 0, 300, 300), t.area());
        assertTrue(of(PlotComposer.decorations(request, t), TextLabel.class, "tick-label").isEmpty());
        PlotRequest titled = request.withOptions(bare.withTitle("Adam"));
        ViewTransform tt = PlotComposer.transform(titled);
        assertTrue(tt.area().y() > 10, "room for the title");
        assertEquals("Adam", of(PlotComposer.decorations(titled, tt), TextLabel.class, "title").get(0).text());
    }

    @Test
    void presentationScaleEnlargesTextLinesAndMarkers() {
        Surface surface = Surfaces.byKey("ellipsoid");
        Race race = PlotFixtures.race(surface, 50, OptimizerKind.ADAM);
        PlotRequest normal = PlotRequest.of(surface, 900, 700).withRuns(PlotFixtures.traces(race));
        PlotRequest big = normal.withOptions(normal.options().withScale(2));
        Drawing a = PlotComposer.compose(normal);
        Drawing b = PlotComposer.compose(big);
        assertEquals(2 * of(a, TextLabel.class, "tick-label").get(0).size(), of(b, TextLabel.class, "tick-label")
                .get(0).size(), 1e-9);
        assertEquals(2 * of(a, Polyline.class, "trajectory").get(0).width(),
                of(b, Polyline.class, "trajectory").get(0).width(), 1e-9);
        assertEquals(2 * of(a, Marker.class, "current").get(0).size(), of(b, Marker.class, "current").get(0).size(),
                1e-9);
    }

    @Test
    void legendKeepsClearOfDivergedMarksAndLabels() {
        Surface surface = Surfaces.byKey("monkey-saddle");
        Race race = PlotFixtures.divergingRace(surface, 300);
        List<RunTrace> runs = PlotFixtures.traces(race);
        assertTrue(runs.stream().anyMatch(RunTrace::diverged));
        PlotRequest request = PlotRequest.of(surface, 1000, 800).withRuns(runs);
        ViewTransform t = PlotComposer.transform(request);
        RectShape legend = of(PlotComposer.decorations(request, t), RectShape.class, "legend").get(0);
        List<Marker> crosses = of(PlotComposer.trajectories(request, t), Marker.class, "diverged");
        assertFalse(crosses.isEmpty());
        for (Marker m : crosses) {
            assertEquals(MarkerShape.CROSS, m.shape());
            assertTrue(t.area().contains(m.x(), m.y()), "the ✕ is inside the plot");
            assertFalse(m.x() > legend.x() - 10 && m.x() < legend.x() + legend.width() + 10
                    && m.y() > legend.y() - 10 && m.y() < legend.y() + legend.height() + 10, "✕ under the legend");
        }
        for (TextLabel label : of(PlotComposer.trajectories(request, t), TextLabel.class, "diverged-label")) {
            assertTrue(label.text().startsWith("diverged at step "));
            double left = label.left();
            double right = left + org.optiviz.plot.draw.TextMetrics.width(label.text(), label.size(), label.bold());
            boolean overlaps = left < legend.x() + legend.width() && right > legend.x()
                    && label.y() > legend.y() && label.y() < legend.y() + legend.height();
            assertFalse(overlaps, "label '" + label.text() + "' under the legend");
            assertTrue(left >= t.area().x() && right <= t.area().right(), "label inside the plot");
        }
    }

    @Test
    void divergedTextIsTranslatableAndAnimationFramesShowDivergenceOnlyAtTheEnd() {
        Surface surface = Surfaces.byKey("monkey-saddle");
        Race race = PlotFixtures.divergingRace(surface, 300, OptimizerKind.SGD);
        RunTrace run = RunTrace.of(race.runs().get(0));
        assertTrue(run.diverged());
        PlotRequest request = PlotRequest.of(surface, 600, 500).withRuns(List.of(run))
                .withOptions(PlotOptions.defaults().withDivergedText("在第 {0} 步发散"));
        ViewTransform t = PlotComposer.transform(request);
        assertEquals("在第 " + run.divergedAt() + " 步发散",
                of(PlotComposer.trajectories(request, t), TextLabel.class, "diverged-label").get(0).text());
        RunTrace early = run.upTo(10);
        assertEquals(10, early.count());
        assertFalse(early.diverged());
        assertTrue(run.upTo(run.count()).diverged());
    }

    @Test
    void badRequestsAreRefusedWithAMessage() {
        Surface surface = Surfaces.byKey("saddle");
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
                () -> PlotRequest.of(surface, 4, 300));
        assertTrue(tiny.getMessage().contains("16×16"));
        assertThrows(IllegalArgumentException.class, () -> PlotOptions.defaults().withScale(0));
        assertThrows(IllegalArgumentException.class, () -> PlotOptions.defaults().withSampleStep(0));
        assertNotNull(PlotComposer.compose(PlotRequest.of(surface, 16, 16)), "the smallest plot still draws");
    }

    @Test
    void extremeViewsStillDrawWithLevelsAndTicks() {
        for (Surface surface : Surfaces.all()) {
            double cx = surface.defaultStart().x();
            double cy = surface.defaultStart().y();
            for (double half : new double[] {1e-7, 1e4}) {
                PlotRequest request = PlotRequest.of(surface, 500, 400)
                        .withView(new org.optiviz.core.surface.ViewBox(cx - half, cx + half, cy - half, cy + half));
                ViewTransform t = PlotComposer.transform(request);
                Drawing drawing = PlotComposer.compose(request);
                String where = surface.key() + " ±" + half;
                assertTrue(of(drawing, TextLabel.class, "tick-label").size() >= 4, where + " has ticks");
                assertTrue(t.area().x() < 200, where + " keeps a usable plot area, left margin " + t.area().x());
                ContourLevels levels = ContourLevels.choose(ValueGrid.sample(Field.of(surface), t, 4).values(),
                        surface.floor());
                assertTrue(levels.count() >= 5, where + ": " + levels);
            }
        }
    }
}
