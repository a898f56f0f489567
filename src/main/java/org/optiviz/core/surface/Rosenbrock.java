package org.optiviz.core.surface;

import java.util.List;
import java.util.Map;

/** f = (1 − x)² + 100(y − x²)²: a narrow curved valley whose floor is easy to reach and slow to follow. */
public final class Rosenbrock extends Surface {
    public Rosenbrock() {
        super("rosenbrock", "Rosenbrock", "f(x, y) = (1 − x)² + 100(y − x²)²", 0,
                new ViewBox(-2, 2, -1, 3), new Point(-1.5, 2.5), List.of(new Point(1, 1)),
                Map.of("sgd", 0.001, "momentum", 0.0002, "nag", 0.0002, "adagrad", 0.3, "rmsprop", 0.005,
                        "adam", 0.02, "adamw", 0.02, "adasmooth", 0.02, "eve", 0.0015), 2000);
    }

    @Override
    public double value(double x, double y) {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * b * b;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double b = y - x * x;
        out[0] = -2 * (1 - x) - 400 * x * b;
        out[1] = 200 * b;
    }
}
