package org.optiviz.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.core.function.TypedSurface;

/** Every exact Hessian against central differences of the analytic gradient, at many points of the view. */
class HessianTest {
    static List<Surface> surfaces() {
        List<Surface> all = new ArrayList<>(Surfaces.all());
        all.add(TypedSurface.of("sin(x)*y^2 + exp(x/3) - x*y", null, null));
        double[] xs = {-1.5, -0.4, 0.2, 0.9, 1.7, 2.4};
        double[] labels = {0, 0, 1, 0, 1, 1};
        double[] values = {-2.1, -0.3, 0.8, 1.1, 2.9, 4.2};
        all.add(DataModel.of(new DataSet("linear", "x", "y", xs, values, ""), Model.LINEAR, 6, false));
        all.add(DataModel.of(new DataSet("logistic", "x", "y", xs, labels, ""), Model.LOGISTIC, 6, false));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void hessianMatchesDifferencesOfTheGradient(Surface surface) {
        SplittableRandom random = new SplittableRandom(7);
        ViewBox view = surface.defaultView();
        double[] h = new double[3];
        double[] plus = new double[2];
        double[] minus = new double[2];
        double step = 1e-5;
        for (int i = 0; i < 300; i++) {
            double x = view.xMin() + random.nextDouble() * view.width();
            double y = view.yMin() + random.nextDouble() * view.height();
            surface.hessian(x, y, h);
            surface.gradient(x + step, y, plus);
            surface.gradient(x - step, y, minus);
            double hxx = (plus[0] - minus[0]) / (2 * step);
            double hxy = (plus[1] - minus[1]) / (2 * step);
            surface.gradient(x, y + step, plus);
            surface.gradient(x, y - step, minus);
            double hyy = (plus[1] - minus[1]) / (2 * step);
            double hyx = (plus[0] - minus[0]) / (2 * step);
            double scale = 1 + Math.abs(hxx) + Math.abs(hxy) + Math.abs(hyy);
            String where = surface.key() + " at (" + x + ", " + y + ")";
            assertEquals(hxx, h[0], 1e-5 * scale, where + " h_xx");
            assertEquals(hxy, h[1], 1e-5 * scale, where + " h_xy");
            assertEquals(hyx, h[1], 1e-5 * scale, where + " h_yx");
            assertEquals(hyy, h[2], 1e-5 * scale, where + " h_yy");
        }
    }

    @Test
    void quadraticSurfacesAreKnownAsSuch() {
        assertTrue(new Ellipsoid().quadratic());
        assertTrue(new Saddle().quadratic());
        assertFalse(new Rosenbrock().quadratic());
        assertTrue(TypedSurface.of("3x^2 + x*y + 0.5y^2 - 2x", null, null).quadratic());
        assertFalse(TypedSurface.of("x^2 + y^4", null, null).quadratic());
        assertFalse(TypedSurface.of("cos(x) + y^2", null, null).quadratic());
    }
}
