package org.optiviz.plot.surface3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.Field;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.draw.Polyline;

/** A ridge along y at x = 0, seen low from +x: what lies beyond the ridge is hidden, what lies before it is not. */
class SurfaceDepthTest {
    private static final ViewBox VIEW = new ViewBox(-1, 1, -1, 1);
    private static final PixelRect AREA = new PixelRect(0, 0, 400, 400);
    private static final Camera FROM_PLUS_X = new Camera(0, 10, 1);

    private record Ridge() implements Field {
        @Override
        public double value(double x, double y) {
            return Math.exp(-8 * x * x);
        }

        @Override
        public double floor() {
            return Double.NEGATIVE_INFINITY;
        }

        @Override
        public List<Point> marks() {
            return List.of();
        }

        @Override
        public String name() {
            return "ridge";
        }

        @Override
        public String formula() {
            return "";
        }
    }

    private static final HeightField FIELD = HeightField.sample(new Ridge(), VIEW, 64);
    private static final Projection PROJECTION = new Projection(FROM_PLUS_X, VIEW, AREA);

    private static boolean hidden(double x, double y) {
        return SurfaceDepth.of(FIELD, PROJECTION, AREA).hides(x, y);
    }

    @Test
    void theFarSideOfTheRidgeIsHiddenAndTheNearSideAndTheTopAreSeen() {
        assertTrue(hidden(-0.6, 0));
        assertTrue(hidden(-0.9, 0.5));
        assertFalse(hidden(0.6, 0), "before the ridge");
        assertFalse(hidden(0, 0.3), "on its top");
    }

    @Test
    void seenFromAboveNothingIsHidden() {
        Projection top = new Projection(new Camera(-90, 90, 1), VIEW, AREA);
        SurfaceDepth depth = SurfaceDepth.of(FIELD, top, AREA);
        for (double x = -0.95; x < 1; x += 0.1) {
            assertFalse(depth.hides(x, 0.2), "x " + x);
        }
    }

    @Test
    void aPathCrossingTheRidgeIsFaintBeyondItAndSolidBeforeIt() {
        double[] xs = new double[201];
        double[] ys = new double[201];
        for (int i = 0; i <= 200; i++) {
            xs[i] = -0.9 + 1.8 * i / 200;
        }
        RunTrace run = new RunTrace("sgd", "SGD", 0xFFE69F00, xs, ys, xs.length, -1);
        TrailLayer layer = new TrailLayer(FIELD, PROJECTION, new Sizes(PlotOptions.defaults()), AREA, "test");
        List<Polyline> lines = layer.path(run);
        assertEquals(2, lines.size());
        assertEquals("trajectory-hidden", lines.get(0).role());
        assertEquals("trajectory", lines.get(1).role());
        assertTrue(lines.get(0).argb() != run.argb() && lines.get(0).width() < lines.get(1).width(),
                "faint where hidden");
    }
}
