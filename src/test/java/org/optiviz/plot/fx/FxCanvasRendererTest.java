package org.optiviz.plot.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.ColorMap;
import org.optiviz.plot.ContourLevels;
import org.optiviz.plot.Field;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.ValueGrid;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.FilledPath;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RasterImage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The JavaFX back end, headless (Monocle, software pipeline): render into a Canvas and read its snapshot. */
class FxCanvasRendererTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private static PixelReader renderAndSnapshot(Drawing drawing) throws Exception {
        WritableImage image = onFx(() -> {
            Canvas canvas = new Canvas(drawing.width(), drawing.height());
            FxCanvasRenderer.render(drawing, canvas.getGraphicsContext2D());
            return canvas.snapshot(new SnapshotParameters(), null);
        });
        return image.getPixelReader();
    }

    private static int distance(int a, int b) {
        return Math.max(Math.abs(Argb.red(a) - Argb.red(b)),
                Math.max(Math.abs(Argb.green(a) - Argb.green(b)), Math.abs(Argb.blue(a) - Argb.blue(b))));
    }

    @Test
    void pixelAlignedRasterArrivesExactlyAndLinesAndBandsAreDrawn() throws Exception {
        int[] pixels = new int[40 * 30];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = ColorMap.viridis((i % 40) / 39.0);
        }
        Polyline line = Polyline.of(new double[] {60, 10, 60, 90}, 2, Argb.rgb(0xff0000), 4, "test");
        FilledPath ring = new FilledPath(new double[] {80, 40, 120, 40, 120, 80, 80, 80, 90, 50, 110, 50, 110, 70,
                90, 70}, new int[] {4, 8}, Argb.rgb(0x00ff00), "test");
        Drawing drawing = new Drawing(140, 100,
                List.of(new RasterImage(5, 5, 40, 30, 40, 30, pixels), line, ring));
        PixelReader r = renderAndSnapshot(drawing);
        assertEquals(ColorMap.viridis(0) , r.getArgb(5, 5));
        assertEquals(ColorMap.viridis(1), r.getArgb(44, 34));
        assertEquals(Argb.rgb(0xff0000), r.getArgb(60, 50));
        assertEquals(Argb.rgb(0x00ff00), r.getArgb(84, 60), "inside the outer ring");
        assertTrue(distance(r.getArgb(100, 60), Argb.rgb(0x00ff00)) > 100, "the inner ring is a hole (even-odd)");
    }

    @Test
    void composedPlotShowsHeatMapAndEveryRunsColourLikeJava2d() throws Exception {
        Surface surface = Surfaces.byKey("ellipsoid");
        Race race = new RaceSetup(surface, surface.defaultStart(), 0, 0,
                List.of(new RaceSetup.RunSetup(OptimizerKind.SGD, OptimizerKind.SGD.defaultsFor(surface)),
                        new RaceSetup.RunSetup(OptimizerKind.RMSPROP, OptimizerKind.RMSPROP.defaultsFor(surface))))
                .toRace(true);
        race.step(60, 60);
        List<RunTrace> runs = List.of(RunTrace.of(race.runs().get(0)), RunTrace.of(race.runs().get(1)));
        PlotRequest request = PlotRequest.of(surface, 600, 400).withRuns(runs)
                .withOptions(PlotOptions.defaults().withLegend(false).withIsoLines(false));
        ViewTransform t = PlotComposer.transform(request);
        ContourLevels levels = ContourLevels.choose(ValueGrid.sample(Field.of(surface), t, 2).values(), surface.floor());
        PixelReader all = renderAndSnapshot(PlotComposer.compose(request));
        int px = (int) t.toPixelX(3);
        int py = (int) t.toPixelY(2.5);
        int expected = ColorMap.viridis(levels.t(surface.value(t.toWorldX(px + 0.5), t.toWorldY(py + 0.5))));
        assertTrue(distance(expected, all.getArgb(px, py)) <= 6, Integer.toHexString(all.getArgb(px, py)));
        for (RunTrace run : runs) {
            // One run per picture, so no other path covers it.
            PixelReader r = renderAndSnapshot(PlotComposer.compose(request.withRuns(List.of(run))));
            int checked = 0;
            int hits = 0;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            double sx = t.toPixelX(run.xs().get(0));
            double sy = t.toPixelY(run.ys().get(0));
            double hx = t.toPixelX(run.xs().get(run.count() - 1));
            double hy = t.toPixelY(run.ys().get(run.count() - 1));
            for (int i = 0; i < run.count(); i++) {
                double x = t.toPixelX(run.xs().get(i));
                double y = t.toPixelY(run.ys().get(i));
                if (Math.hypot(x - lastX, y - lastY) < 6 || Math.hypot(x - sx, y - sy) < 10
                        || Math.hypot(x - hx, y - hy) < 9 || !t.area().contains(x, y)) {
                    continue;
                }
                lastX = x;
                lastY = y;
                checked++;
                if (nearColour(r, x, y, run.argb())) {
                    hits++;
                }
            }
            assertTrue(checked >= 5, run.label() + " path long enough to check");
            assertTrue(hits >= checked * 0.9, run.label() + ": " + hits + " of " + checked + " points show "
                    + Argb.hex(run.argb()));
        }
    }

    @Test
    void unclippedFxPictureMatchesTheClippedJava2dOne() throws Exception {
        Surface surface = Surfaces.byKey("monkey-saddle");
        List<RaceSetup.RunSetup> setups = new java.util.ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            // Five times the suggested rates: the plain-gradient runs leave for infinity within 300 steps.
            setups.add(new RaceSetup.RunSetup(kind, kind.defaultsFor(surface).with("lr",
                    5 * kind.defaultsFor(surface).get("lr"))));
        }
        Race race = new RaceSetup(surface, surface.defaultStart(), 0, 0, setups).toRace(true);
        race.step(300, 300);
        List<RunTrace> runs = race.runs().stream().map(RunTrace::of).toList();
        assertTrue(runs.stream().anyMatch(RunTrace::diverged), "paths leave the plot area");
        PlotRequest request = PlotRequest.of(surface, 500, 400).withRuns(runs);
        Drawing drawing = PlotComposer.compose(request);
        PixelReader fx = renderAndSnapshot(drawing);
        java.awt.image.BufferedImage j2d = org.optiviz.plot.draw.Java2dRenderer.render(drawing, 1);
        var area = PlotComposer.transform(request).area();
        int same = 0;
        int band = 0;
        int sameInBand = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 500; x++) {
                boolean agree = distance(fx.getArgb(x, y), j2d.getRGB(x, y)) <= 48;
                same += agree ? 1 : 0;
                // Just outside the plot area: where unclipped paths would show if the margins were not covered.
                boolean nearArea = x > area.x() - 20 && x < area.right() + 20 && y > area.y() - 20
                        && y < area.bottom() + 20 && !area.contains(x, y);
                band += nearArea ? 1 : 0;
                sameInBand += nearArea && agree ? 1 : 0;
            }
        }
        // Antialiasing and glyphs differ a little between the back ends.
        assertTrue(same >= 500 * 400 * 0.97, same + " of " + 500 * 400 + " pixels agree");
        assertTrue(sameInBand >= band * 0.97, sameInBand + " of " + band + " pixels around the area agree");
    }

    private static boolean nearColour(PixelReader r, double x, double y, int argb) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (distance(r.getArgb((int) Math.round(x) + dx, (int) Math.round(y) + dy), argb) <= 40) {
                    return true;
                }
            }
        }
        return false;
    }
}
