package org.optiviz.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loops a surface offers the batch engine give exactly what its single-point methods give, bit for bit, over a
 * range of points that starts and ends inside the arrays.
 */
class SurfaceBatchMethodsTest {
    static Stream<Surface> surfaces() {
        return Surfaces.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void batchGradientsAndValuesEqualSinglePoints(Surface surface) {
        Random rng = new Random(surface.key().hashCode());
        ViewBox view = surface.defaultView();
        int n = 203;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = view.xMin() + 1.5 * view.width() * (rng.nextDouble() - 0.2);
            ys[i] = view.yMin() + 1.5 * view.height() * (rng.nextDouble() - 0.2);
        }
        xs[7] = -0.0;
        ys[7] = 0.0;
        double[] gx = new double[n];
        double[] gy = new double[n];
        double[] f = new double[n];
        int from = 3;
        int to = n - 5;
        surface.gradients(xs, ys, gx, gy, from, to);
        surface.values(xs, ys, f, from, to);
        double[] g = new double[2];
        for (int i = 0; i < n; i++) {
            boolean inside = i >= from && i < to;
            surface.gradient(xs[i], ys[i], g);
            String at = surface.key() + " at " + xs[i] + "," + ys[i];
            assertEquals(inside ? Double.doubleToRawLongBits(g[0]) : 0L, Double.doubleToRawLongBits(gx[i]), at);
            assertEquals(inside ? Double.doubleToRawLongBits(g[1]) : 0L, Double.doubleToRawLongBits(gy[i]), at);
            assertEquals(inside ? Double.doubleToRawLongBits(surface.value(xs[i], ys[i])) : 0L,
                    Double.doubleToRawLongBits(f[i]), at);
        }
    }
}
