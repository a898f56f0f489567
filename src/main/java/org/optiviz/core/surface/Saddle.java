package org.optiviz.core.surface;

import java.util.List;
import java.util.Map;

/** f = x² − y²: a saddle point at the origin, where gradient descent slows down before escaping along y. */
public final class Saddle extends Surface {
    public Saddle() {
        super("saddle", "Saddle", "f(x, y) = x² − y²", -9,
                new ViewBox(-3, 3, -3, 3), new Point(-2.5, 0.01), List.of(),
                Map.of("sgd", 0.01, "momentum", 0.001, "nag", 0.001, "adagrad", 0.05, "rmsprop", 0.005,
                        "adadelta", 0.3, "adam", 0.01, "adamw", 0.01, "adasmooth", 0.01, "eve", 0.01), 300);
    }

    @Override
    public double value(double x, double y) {
        return x * x - y * y;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x;
        out[1] = -2 * y;
    }
}
