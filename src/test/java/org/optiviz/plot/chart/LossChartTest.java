package org.optiviz.plot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.Palette;
import org.optiviz.plot.Theme;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/** The loss chart reads at the window's sizes: enough ticks, titles apart, no label on another or cut off. */
class LossChartTest {
    private static LossChartRequest chart(String surfaceKey, int steps, double w, double h, double scale) {
        Surface surface = Surfaces.byKey(surfaceKey);
        List<RaceSetup.RunSetup> setups = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            setups.add(new RaceSetup.RunSetup(kind, kind.defaultsFor(surface)));
        }
        Race race = new RaceSetup(surface, surface.defaultStart(), 0, 0, setups).toRace(true);
        race.step(steps, steps);
        List<LossSeries> series = new ArrayList<>();
        for (Run run : race.runs()) {
            var t = run.trajectory();
            series.add(new LossSeries(run.kind().key(), run.kind().displayName(), Palette.color(run.kind()),
                    t.losses(), t.size()));
        }
        boolean signed = surface.minima().isEmpty();
        return new LossChartRequest(series, surface.floor(), signed, steps, w, h, Theme.LIGHT, scale, "step",
                signed ? "f (signed log scale)" : "f − f_min (log scale)");
    }

    @Test
    void labelsNeitherOverlapNorLeaveTheChartAtWindowSizes() {
        for (String surface : List.of("ellipsoid", "rosenbrock", "monkey-saddle", "rastrigin")) {
            for (double[] size : new double[][] {{300, 180, 1}, {330, 240, 1}, {400, 260, 1.6}, {300, 200, 1.6}}) {
                LossChartRequest request = chart(surface, 2000, size[0], size[1], size[2]);
                Drawing drawing = LossChart.compose(request);
                String where = surface + " at " + size[0] + "×" + size[1] + " scale " + size[2];
                List<double[]> boxes = new ArrayList<>();
                for (TextLabel label : labels(drawing)) {
                    double[] box = box(label);
                    assertTrue(box[0] >= 0 && box[1] >= 0 && box[2] <= request.width() + 0.5
                            && box[3] <= request.height() + 0.5, where + ": '" + label.text() + "' inside the chart");
                    for (double[] other : boxes) {
                        assertFalse(box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3],
                                where + ": '" + label.text() + "' overlaps another label");
                    }
                    boxes.add(box);
                }
                assertTrue(labels(drawing).stream().filter(l -> l.role().equals("tick-label")
                        && l.hAlign() == TextLabel.HAlign.RIGHT).count() >= 2, where + ": ticks on the loss axis");
                assertTrue(labels(drawing).stream().filter(l -> l.role().equals("tick-label")
                        && l.hAlign() == TextLabel.HAlign.CENTER).count() >= 2, where + ": ticks on the step axis");
            }
        }
    }

    @Test
    void theTwoAxesHaveTheirOwnTitlesAndTheLogAxisSeveralDecades() {
        LossChartRequest request = chart("ellipsoid", 2000, 330, 220, 1);
        Drawing drawing = LossChart.compose(request);
        List<String> titles = labels(drawing).stream().filter(l -> l.role().equals("axis-title"))
                .map(TextLabel::text).toList();
        assertEquals(List.of("step", "f − f_min (log scale)"), titles);
        List<String> yLabels = labels(drawing).stream().filter(l -> l.role().equals("tick-label")
                && l.hAlign() == TextLabel.HAlign.RIGHT).map(TextLabel::text).toList();
        assertTrue(yLabels.size() >= 3, "more than the two ends: " + yLabels);
        assertTrue(yLabels.contains("1"), "decades such as 1: " + yLabels);
    }

    @Test
    void everyRunIsOneCurveInItsColourAndAPaleOneHasAnOutline() {
        LossChartRequest request = chart("ellipsoid", 500, 330, 220, 1);
        List<Polyline> curves = new ArrayList<>();
        collect(LossChart.compose(request).items(), curves);
        assertEquals(OptimizerKind.values().length, curves.size());
        for (Polyline curve : curves) {
            OptimizerKind kind = OptimizerKind.byKey(curve.key());
            assertEquals(Palette.color(kind), curve.argb());
            if (kind == OptimizerKind.ADAMW || kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.ADAM) {
                assertEquals(kind == OptimizerKind.ADAMW, curve.hasHalo(), kind + ": only a pale curve is outlined");
            }
        }
    }

    private static void collect(List<Item> items, List<Polyline> out) {
        for (Item item : items) {
            if (item instanceof org.optiviz.plot.draw.ClipGroup group) {
                collect(group.items(), out);
            } else if (item instanceof Polyline line && line.role().equals("loss")) {
                out.add(line);
            }
        }
    }

    @Test
    void aCurveHasNoPointsThatDrawNothing() {
        int n = 50_000;
        double[] falling = new double[n];
        double[] flat = new double[n];
        for (int i = 0; i < n; i++) {
            falling[i] = Math.exp(-i / 20_000.0);
            flat[i] = 2.5;
        }
        LossChartRequest request = new LossChartRequest(List.of(new LossSeries("falling", "Falling", 0xFF1F77B4, falling,
                n), new LossSeries("flat", "Flat", 0xFFFF7F0E, flat, n)), 0, false, n - 1, 500, 240, Theme.LIGHT, 1,
                "step", "loss");
        List<Polyline> curves = LossChart.compose(request).items().stream()
                .filter(i -> i instanceof ClipGroup g && g.role().equals("losses"))
                .flatMap(g -> ((ClipGroup) g).items().stream()).map(i -> (Polyline) i).toList();
        assertEquals(2, curves.size());
        Polyline fallingCurve = curves.get(0);
        assertTrue(fallingCurve.count() <= 500, "a smooth fall is about one point per pixel column, not four: "
                + fallingCurve.count());
        assertTrue(fallingCurve.count() > 100, "yet it follows the curve");
        Polyline flatCurve = curves.get(1);
        assertEquals(2, flatCurve.count(), "a flat loss is one segment");
        assertEquals(flatCurve.xy()[1], flatCurve.xy()[3]);
    }

    private static List<TextLabel> labels(Drawing drawing) {
        return drawing.items().stream().filter(i -> i instanceof TextLabel).map(i -> (TextLabel) i).toList();
    }

    private static double[] box(TextLabel label) {
        double left = label.left();
        double baseline = label.baseline();
        return new double[] {left, baseline - TextMetrics.ascent(label.size(), label.bold()),
            left + TextMetrics.width(label.text(), label.size(), label.bold()),
            baseline + TextMetrics.descent(label.size(), label.bold())};
    }
}
