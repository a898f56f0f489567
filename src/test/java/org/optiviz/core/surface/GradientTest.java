package org.optiviz.core.surface;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every analytic gradient against fourth-order central differences at many points of the surface's view. */
class GradientTest {
    static Iterable<Surface> surfaces() {
        return Surfaces.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void analyticGradientMatchesCentralDifferences(Surface surface) {
        SplittableRandom random = new SplittableRandom(42);
        ViewBox view = surface.defaultView();
        double[] g = new double[2];
        for (int i = 0; i < 500; i++) {
            double x = view.xMin() + random.nextDouble() * view.width();
            double y = view.yMin() + random.nextDouble() * view.height();
            surface.gradient(x, y, g);
            double dx = derivative(surface, x, y, true);
            double dy = derivative(surface, x, y, false);
            double scale = 1 + Math.abs(dx) + Math.abs(dy);
            int n = i;
            assertTrue(Math.abs(g[0] - dx) <= 1e-6 * scale,
                    () -> surface.key() + " d/dx at (" + x + ", " + y + ") #" + n + ": " + g[0] + " vs " + dx);
            assertTrue(Math.abs(g[1] - dy) <= 1e-6 * scale,
                    () -> surface.key() + " d/dy at (" + x + ", " + y + ") #" + n + ": " + g[1] + " vs " + dy);
        }
    }

    /** Five-point stencil: error O(h⁴), so h = 1e-3 leaves both truncation and rounding near 1e-9. */
    private static double derivative(Surface s, double x, double y, boolean alongX) {
        double h = 1e-3;
        double hx = alongX ? h : 0;
        double hy = alongX ? 0 : h;
        return (-s.value(x + 2 * hx, y + 2 * hy) + 8 * s.value(x + hx, y + hy) - 8 * s.value(x - hx, y - hy)
                + s.value(x - 2 * hx, y - 2 * hy)) / (12 * h);
    }
}
