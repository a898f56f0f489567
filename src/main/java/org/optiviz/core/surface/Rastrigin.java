package org.optiviz.core.surface;

import java.util.List;
import java.util.Map;

/** Rastrigin's function: a bowl covered in local minima that trap plain gradient descent. */
public final class Rastrigin extends Surface {
    private static final double TWO_PI = 2 * Math.PI;

    public Rastrigin() {
        super("rastrigin", "Rastrigin", "f(x, y) = 20 + x² − 10cos(2πx) + y² − 10cos(2πy)", 0,
                new ViewBox(-5.12, 5.12, -5.12, 5.12), new Point(3.3, 2.6), List.of(new Point(0, 0)),
                Map.of("sgd", 0.002, "momentum", 0.0005, "nag", 0.0005, "adagrad", 0.3, "rmsprop", 0.01,
                        "adam", 0.05, "adamw", 0.05, "adasmooth", 0.05, "eve", 0.002), 200);
    }

    @Override
    public double value(double x, double y) {
        return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x + 10 * TWO_PI * Math.sin(TWO_PI * x);
        out[1] = 2 * y + 10 * TWO_PI * Math.sin(TWO_PI * y);
    }
}
