package org.optiviz.core.surface;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/**
 * f = x² − y²: a saddle point at the origin, where gradient descent slows down before escaping along y. The default
 * view reaches further up than down, the way every run escapes, and the race ends while the slowest are escaping.
 */
public final class Saddle extends Surface {
    public Saddle() {
        super("saddle", "Saddle", "f(x, y) = x² − y²", -20.25,
                new ViewBox(-3, 3, -1.5, 4.5), new Point(-2.5, 0.01), List.of(),
                Map.ofEntries(entry("sgd", 0.01), entry("momentum", 0.001), entry("nag", 0.001), entry("adagrad", 0.05),
                        entry("rmsprop", 0.005), entry("adadelta", 0.3), entry("adam", 0.01), entry("adamw", 0.01),
                        entry("adasmooth", 0.01), entry("eve", 0.01), entry("adamax", 0.01), entry("nadam", 0.01),
                        entry("radam", 0.01), entry("amsgrad", 0.01), entry("lion", 0.01), entry("adabelief", 0.001),
                        entry("yogi", 0.01), entry("qhm", 0.01)), 300);
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

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 2;
        out[1] = 0;
        out[2] = -2;
    }

    @Override
    public boolean quadratic() {
        return true;
    }

    /** {@link #gradient} for many points, expression for expression. */
    @Override
    public void gradients(double[] xs, double[] ys, double[] gxs, double[] gys, int from, int to) {
        for (int i = from; i < to; i++) {
            gxs[i] = 2 * xs[i];
            gys[i] = -2 * ys[i];
        }
    }

    /** {@link #value} for many points, expression for expression. */
    @Override
    public void values(double[] xs, double[] ys, double[] fs, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            fs[i] = x * x - y * y;
        }
    }
}
