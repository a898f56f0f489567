package org.optiviz.core.surface;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/** f = (1 − x)² + 100(y − x²)²: a narrow curved valley whose floor is easy to reach and slow to follow. */
public final class Rosenbrock extends Surface {
    public Rosenbrock() {
        super("rosenbrock", "Rosenbrock", "f(x, y) = (1 − x)² + 100(y − x²)²", 0,
                new ViewBox(-2, 2, -1, 3), new Point(-1.5, 2.5), List.of(new Point(1, 1)),
                Map.ofEntries(entry("sgd", 0.001), entry("momentum", 0.0002), entry("nag", 0.0002), entry("adagrad", 0.3),
                        entry("rmsprop", 0.005), entry("adam", 0.02), entry("adamw", 0.02), entry("adasmooth", 0.02),
                        entry("eve", 0.0015), entry("adamax", 0.02), entry("nadam", 0.02), entry("radam", 0.003),
                        entry("amsgrad", 0.02), entry("lion", 0.003), entry("adabelief", 0.02), entry("yogi", 0.02),
                        entry("qhm", 0.002)), 2000);
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

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 2 - 400 * (y - x * x) + 800 * x * x;
        out[1] = -400 * x;
        out[2] = 200;
    }

    /** {@link #gradient} for many points, expression for expression. */
    @Override
    public void gradients(double[] xs, double[] ys, double[] gxs, double[] gys, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double b = ys[i] - x * x;
            gxs[i] = -2 * (1 - x) - 400 * x * b;
            gys[i] = 200 * b;
        }
    }

    /** {@link #value} for many points, expression for expression. */
    @Override
    public void values(double[] xs, double[] ys, double[] fs, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double a = 1 - x;
            double b = ys[i] - x * x;
            fs[i] = a * a + 100 * b * b;
        }
    }
}
