package org.optiviz.core.data;

import java.util.Locale;

/**
 * The two-parameter models, θ = (w, b) with w on the plot's x axis and b on its y axis, each with its per-sample
 * loss J and gradient; the loss of a batch is the mean of J over it.
 */
public enum Model {
    /** J = ½(w·x + b − y)², so L(w, b) = 1/(2N)·Σ (w·xᵢ + b − yᵢ)². */
    LINEAR("L(w, b) = 1/(2N)·Σ (w·xᵢ + b − yᵢ)²") {
        @Override
        double loss(double w, double b, double x, double y) {
            double r = w * x + b - y;
            return 0.5 * r * r;
        }

        @Override
        double slope(double w, double b, double x, double y) {
            return w * x + b - y;
        }

        @Override
        double curvature(double w, double b, double x) {
            return 1;
        }
    },
    /** J = softplus(z) − y·z with z = w·x + b and y ∈ {0, 1}, computed without overflow. */
    LOGISTIC("L(w, b) = 1/N·Σ [softplus(zᵢ) − yᵢ·zᵢ], zᵢ = w·xᵢ + b") {
        @Override
        double loss(double w, double b, double x, double y) {
            double z = w * x + b;
            return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;
        }

        @Override
        double slope(double w, double b, double x, double y) {
            double z = w * x + b;
            double sigma = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            return sigma - y;
        }

        @Override
        double curvature(double w, double b, double x) {
            double z = w * x + b;
            double sigma = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            return sigma * (1 - sigma);
        }
    };

    private final String formula;

    Model(String formula) {
        this.formula = formula;
    }

    /** J(w, b; x, y). */
    abstract double loss(double w, double b, double x, double y);

    /** ∂J/∂z at z = w·x + b: ∂J/∂w is this times x, ∂J/∂b this itself. */
    abstract double slope(double w, double b, double x, double y);

    /** ∂²J/∂z² at z = w·x + b (it does not depend on y): the Hessian of J is this times [x², x; x, 1]. */
    abstract double curvature(double w, double b, double x);

    /** The mean of J over every row, in row order: the full-batch loss. */
    double meanLoss(DataSet data, double w, double b) {
        double sum = 0;
        double[] xs = data.xs();
        double[] ys = data.ys();
        for (int i = 0; i < xs.length; i++) {
            sum += loss(w, b, xs[i], ys[i]);
        }
        return sum / xs.length;
    }

    public String formula() {
        return formula;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The model with this key; IllegalArgumentException naming the known ones otherwise. */
    public static Model byKey(String key) {
        for (Model model : values()) {
            if (model.key().equals(key)) {
                return model;
            }
        }
        throw new IllegalArgumentException("unknown model '" + key + "'; known: linear, logistic");
    }
}
