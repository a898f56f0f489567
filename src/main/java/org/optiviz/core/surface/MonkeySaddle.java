package org.optiviz.core.surface;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/**
 * f = x³ − 3xy²: a saddle with three descending valleys and a flat, zero-gradient centre. The default view is
 * shifted towards the valley the runs escape into.
 */
public final class MonkeySaddle extends Surface {
    public MonkeySaddle() {
        super("monkey-saddle", "Monkey saddle", "f(x, y) = x³ − 3xy²", -51.875,
                new ViewBox(-1.5, 2.5, -1, 3), new Point(1.5, 0.1), List.of(),
                Map.ofEntries(entry("sgd", 0.002), entry("momentum", 0.0002), entry("nag", 0.0002), entry("adagrad", 0.03),
                        entry("rmsprop", 0.005), entry("adadelta", 0.25), entry("adam", 0.005), entry("adamw", 0.005),
                        entry("adasmooth", 0.005), entry("eve", 0.002), entry("adamax", 0.005), entry("nadam", 0.005),
                        entry("radam", 0.01), entry("amsgrad", 0.005), entry("lion", 0.005), entry("adabelief", 0.001),
                        entry("yogi", 0.005), entry("qhm", 0.005)), 300);
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

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 6 * x;
        out[1] = -6 * y;
        out[2] = -6 * x;
    }

    /** {@link #gradient} for many points, expression for expression. */
    @Override
    public void gradients(double[] xs, double[] ys, double[] gxs, double[] gys, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            gxs[i] = 3 * x * x - 3 * y * y;
            gys[i] = -6 * x * y;
        }
    }

    /** {@link #value} for many points, expression for expression. */
    @Override
    public void values(double[] xs, double[] ys, double[] fs, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            fs[i] = x * x * x - 3 * x * y * y;
        }
    }
}
