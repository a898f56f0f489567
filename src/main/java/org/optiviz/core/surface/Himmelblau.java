package org.optiviz.core.surface;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/** Himmelblau's function: four equal minima, so the start decides which one an optimizer finds. */
public final class Himmelblau extends Surface {
    public Himmelblau() {
        super("himmelblau", "Himmelblau", "f(x, y) = (x² + y − 11)² + (x + y² − 7)²", 0,
                new ViewBox(-5, 5, -5, 5), new Point(-0.5, -4.5),
                List.of(new Point(3, 2), new Point(-2.805118086952745, 3.131312518250573),
                        new Point(-3.779310253377747, -3.283185991286170),
                        new Point(3.584428340330492, -1.848126526964404)),
                Map.ofEntries(entry("sgd", 0.005), entry("momentum", 0.001), entry("nag", 0.001), entry("adagrad", 0.5),
                        entry("rmsprop", 0.02), entry("adam", 0.1), entry("adamw", 0.1), entry("adasmooth", 0.1),
                        entry("eve", 0.005), entry("adamax", 0.1), entry("nadam", 0.1), entry("radam", 0.01),
                        entry("amsgrad", 0.1), entry("lion", 0.01), entry("adabelief", 0.1), entry("yogi", 0.1),
                        entry("qhm", 0.005)), 500);
    }

    @Override
    public double value(double x, double y) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        return a * a + b * b;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        out[0] = 4 * x * a + 2 * b;
        out[1] = 2 * a + 4 * y * b;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        out[0] = 4 * a + 8 * x * x + 2;
        out[1] = 4 * x + 4 * y;
        out[2] = 2 + 4 * b + 8 * y * y;
    }

    /** {@link #gradient} for many points, expression for expression. */
    @Override
    public void gradients(double[] xs, double[] ys, double[] gxs, double[] gys, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            gxs[i] = 4 * x * a + 2 * b;
            gys[i] = 2 * a + 4 * y * b;
        }
    }

    /** {@link #value} for many points, expression for expression. */
    @Override
    public void values(double[] xs, double[] ys, double[] fs, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            fs[i] = a * a + b * b;
        }
    }
}
