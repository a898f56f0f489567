package org.optiviz.core.surface;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/** f = 0.1x² + 2y²: a ravine 20 times steeper across than along, where plain SGD zig-zags. */
public final class Ellipsoid extends Surface {
    public Ellipsoid() {
        super("ellipsoid", "Ellipsoid", "f(x, y) = 0.1x² + 2y²", 0,
                new ViewBox(-6, 6, -3, 3), new Point(-5, -2), List.of(new Point(0, 0)),
                Map.ofEntries(entry("sgd", 0.4), entry("momentum", 0.05), entry("nag", 0.05), entry("adagrad", 0.4),
                        entry("rmsprop", 0.1), entry("adam", 0.1), entry("adamw", 0.1), entry("adasmooth", 0.3),
                        entry("eve", 0.4), entry("adamax", 0.1), entry("nadam", 0.1), entry("radam", 0.1),
                        entry("amsgrad", 0.1), entry("lion", 0.01), entry("adabelief", 0.1), entry("yogi", 0.1),
                        entry("qhm", 0.3),
                        // Strong decoupled decay, so that AdamW's path visibly parts from Adam's.
                        entry("adamw.weight_decay", 0.5)), 200);
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

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 0.2;
        out[1] = 0;
        out[2] = 4;
    }

    @Override
    public boolean quadratic() {
        return true;
    }

    /** {@link #gradient} for many points, expression for expression. */
    @Override
    public void gradients(double[] xs, double[] ys, double[] gxs, double[] gys, int from, int to) {
        for (int i = from; i < to; i++) {
            gxs[i] = 0.2 * xs[i];
            gys[i] = 4 * ys[i];
        }
    }

    /** {@link #value} for many points, expression for expression. */
    @Override
    public void values(double[] xs, double[] ys, double[] fs, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            fs[i] = 0.1 * x * x + 2 * y * y;
        }
    }
}
