package org.optiviz.core.surface;

import java.util.List;
import java.util.Map;

/** f = x³ − 3xy²: a saddle with three descending valleys and a flat, zero-gradient centre. */
public final class MonkeySaddle extends Surface {
    public MonkeySaddle() {
        super("monkey-saddle", "Monkey saddle", "f(x, y) = x³ − 3xy²", -16,
                new ViewBox(-2, 2, -2, 2), new Point(1.5, 0.1), List.of(),
                Map.of("sgd", 0.002, "momentum", 0.0002, "nag", 0.0002, "adagrad", 0.03, "rmsprop", 0.005,
                        "adadelta", 0.25, "adam", 0.005, "adamw", 0.005, "adasmooth", 0.005, "eve", 0.002), 300);
    }

    @Override
    public double value(double x, double y) {
        return x * x * x - 3 * x * y * y;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 3 * x * x - 3 * y * y;
        out[1] = -6 * x * y;
    }
}
