package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.race.Column;
import org.optiviz.core.race.Race;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Java2dRenderer;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RectShape;

class TrajectoryPathTest {
    private final ViewTransform t = ViewTransform.of(new ViewBox(-2, 2, -1, 3), new PixelRect(10, 10, 400, 400));

    /** Every point through the transform, nothing left out. */
    private double[] allPoints(RunTrace run) {
        double[] xy = new double[2 * run.count()];
        for (int i = 0; i < run.count(); i++) {
            xy[2 * i] = t.toPixelX(run.xs().get(i));
            xy[2 * i + 1] = t.toPixelY(run.ys().get(i));
        }
        return xy;
    }

    private static BufferedImage draw(double[] xy, int count, int argb) {
        Polyline line = new Polyline(xy, count, argb, 2, Palette.haloFor(argb), 4, "trajectory", "");
        List<Item> items = List.of(RectShape.filled(0, 0, 420, 420, Argb.rgb(0x808080), "page"), line);
        return Java2dRenderer.render(new Drawing(420, 420, items), 1);
    }

    /** Whether the colour appears within one pixel of (x, y) in the image (sub-pixel shifts are invisible). */
    private static boolean shownNearby(int argb, BufferedImage image, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int u = x + dx;
                int v = y + dy;
                if (u >= 0 && v >= 0 && u < image.getWidth() && v < image.getHeight()
                        && PlotFixtures.distance(image.getRGB(u, v), argb) <= 64) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void leavingOutInvisiblePointsChangesAlmostNoPixel() {
        Surface surface = Surfaces.byKey("rosenbrock");
        for (double noise : new double[] {0, 0.5}) {
            Race race = new org.optiviz.core.race.RaceSetup(surface, surface.defaultStart(), noise, 3,
                    PlotFixtures.race(surface, 0).runs().stream()
                            .map(r -> new org.optiviz.core.race.RaceSetup.RunSetup(r.kind(), r.params())).toList())
                    .toRace(true);
            race.step(5000, 5000);
            for (RunTrace run : PlotFixtures.traces(race)) {
                TrajectoryPath path = TrajectoryPath.of(run.xs(), run.ys(), run.count(), t);
                BufferedImage fast = draw(path.xy(), path.count(), run.argb());
                BufferedImage full = draw(allPoints(run), run.count(), run.argb());
                int lineColoured = 0;
                int differing = 0;
                for (int y = 0; y < 420; y++) {
                    for (int x = 0; x < 420; x++) {
                        boolean coloured = PlotFixtures.distance(full.getRGB(x, y), Argb.rgb(0x808080)) > 0;
                        lineColoured += coloured ? 1 : 0;
                        boolean same = shownNearby(full.getRGB(x, y), fast, x, y)
                                && shownNearby(fast.getRGB(x, y), full, x, y);
                        differing += same ? 0 : 1;
                    }
                }
                // Thousands of overlapping anti-aliased segments darken their own edges where the full path
                // crawls; the decimated one does not. That differs in about half a percent of the line's pixels.
                assertTrue(differing <= Math.max(3, lineColoured / 100), run.label() + " σ=" + noise + ": "
                        + differing + " of " + lineColoured + " pixels differ");
            }
        }
    }

    @Test
    void manyStepsCrawlingOrJitteringBecomeFewPoints() {
        int n = 20_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            // Crawl along a line for half the run, then jitter around its end.
            xs[i] = i < n / 2 ? -1.5 + 2.0 * i / n : 0.5 + random.nextGaussian() * 0.02;
            ys[i] = i < n / 2 ? 1.0 : 1.0 + random.nextGaussian() * 0.02;
        }
        TrajectoryPath path = TrajectoryPath.of(Column.of(xs), Column.of(ys), n, t);
        assertTrue(path.count() < 1500, path.count() + " points kept of " + n);
        assertEquals(t.toPixelX(xs[n - 1]), path.xy()[2 * path.count() - 2], 1e-9, "the last point is kept");
    }

    @Test
    void afterSkippedRetracedStepsThePathResumesFromTheTruePreviousPoint() {
        // A and B are 0.3 apart (30 px); the run goes back and forth over A–B, then from A to C below it.
        double[] xs = {0, 0.3, 0, 0.3, 0, 0.3, 0, 0};
        double[] ys = {1, 1, 1, 1, 1, 1, 1, 0.6};
        TrajectoryPath path = TrajectoryPath.of(Column.of(xs), Column.of(ys), xs.length, t);
        int n = path.count();
        assertTrue(n < xs.length, "the retraced steps are left out");
        double[] xy = path.xy();
        assertEquals(t.toPixelX(0), xy[2 * n - 4], 1e-9, "the last piece starts at A, not at B");
        assertEquals(t.toPixelY(1), xy[2 * n - 3], 1e-9);
        assertEquals(t.toPixelY(0.6), xy[2 * n - 1], 1e-9);
    }

    @Test
    void farPointsAreClippedNearTheArea() {
        double[] xs = {0, 1e8, 0.5};
        double[] ys = {1, 1e8, 1.5};
        TrajectoryPath path = TrajectoryPath.of(Column.of(xs), Column.of(ys), 3, t);
        for (int i = 0; i < path.count(); i++) {
            double x = path.xy()[2 * i];
            double y = path.xy()[2 * i + 1];
            assertTrue(Double.isNaN(x) || (x > -100 && x < 600 && y > -100 && y < 600), x + ", " + y);
        }
        assertEquals(t.toPixelX(0.5), path.xy()[2 * path.count() - 2], 1e-9);
    }
}
