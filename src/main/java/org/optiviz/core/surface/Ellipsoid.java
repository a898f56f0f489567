package org.optiviz.core.surface;

import java.util.List;
import java.util.Map;

/** f = 0.1x² + 2y²: a ravine 20 times steeper across than along, where plain SGD zig-zags. */
public final class Ellipsoid extends Surface {
    public Ellipsoid() {
        super("ellipsoid", "Ellipsoid", "f(x, y) = 0.1x² + 2y²", 0,
                new ViewBox(-6, 6, -3, 3), new Point(-5, -2), List.of(new Point(0, 0)),
                Map.of("sgd", 0.4, "momentum", 0.05, "nag", 0.05, "adagrad", 0.4, "rmsprop", 0.1,
                        "adam", 0.1, "adamw", 0.1, "adasmooth", 0.1, "eve", 0.4), 200);
    }

    @Override
    public double value(double x, double y) {
        return 0.1 * x * x + 2 * y * y;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 0.2 * x;
        out[1] = 4 * y;
    }
}
