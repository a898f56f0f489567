package org.optiviz.core.surface;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/**
 * Rastrigin's function: a bowl covered in local minima that trap plain gradient descent. The default race starts on
 * a hilltop between four minima, from where SGD settles in the first minimum below it, while the momentum methods
 * (Momentum, NAG, and Adam with a large lr) roll on across several before they settle.
 */
public final class Rastrigin extends Surface {
    private static final double TWO_PI = 2 * Math.PI;

    public Rastrigin() {
        super("rastrigin", "Rastrigin", "f(x, y) = 20 + x² − 10cos(2πx) + y² − 10cos(2πy)", 0,
                new ViewBox(-5.12, 2.12, -2.12, 5.12), new Point(-4.5, 3.5), List.of(new Point(0, 0)),
                Map.ofEntries(entry("sgd", 0.002), entry("momentum", 0.004), entry("nag", 0.004), entry("adagrad", 0.3),
                        entry("rmsprop", 0.01), entry("adam", 0.5), entry("adamw", 0.5), entry("adasmooth", 0.5),
                        entry("eve", 0.002), entry("adamax", 0.5), entry("nadam", 0.05), entry("radam", 0.01),
                        entry("amsgrad", 0.05), entry("lion", 0.02), entry("adabelief", 0.05), entry("yogi", 0.05),
                        entry("qhm", 0.004)), 300);
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

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * x);
        out[1] = 0;
        out[2] = 2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * y);
    }
}
