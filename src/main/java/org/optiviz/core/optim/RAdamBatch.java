package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link RAdam} for many runs: momentum SGD until the variance of the adaptive step is tractable, then rectified Adam. */
final class RAdamBatch extends BatchRule {
    private static final double TRACTABLE_RHO = 5;
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final FirstMomentBatch m = new FirstMomentBatch(settings);
    private final double[] sx = new double[n];
    private final double[] sy = new double[n];
    private final double[] beta2Power = new double[n];
    /** 1 − β₂ᵗ of the current step, per run (kept when the runs share β₂). */
    private final double[] correction2 = new double[n];
    private final boolean beta2Shared = settings.uniform("beta2");

    RAdamBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        m.reset(from, to);
        Arrays.fill(sx, from, to, 0);
        Arrays.fill(sy, from, to, 0);
        ones(beta2Power, from, to);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        m.update(beta1, gx, gy, from, to);
        LaneLoops.averageSquare(sx, gx, beta2, from, to);
        LaneLoops.averageSquare(sy, gy, beta2, from, to);
        if (!beta2Shared || from >= to) {
            stepEachRun(x, y, lr, t, from, to);
            return;
        }
        // With one β₂, ρₜ and the rectification are the same for every run: worked out once for the step.
        LaneLoops.advancePower(beta2, true, beta2Power, correction2, from, to);
        double b2 = beta2[from];
        double beta2ToT = beta2Power[from];
        double rhoInf = 2 / (1 - b2) - 1;
        double rho = rhoInf - 2 * t * beta2ToT / correction2[from];
        if (rho > TRACTABLE_RHO) {
            double rect = Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho));
            double rootCorrection2 = Math.sqrt(correction2[from]);
            LaneLoops.rectifiedMove(x, m.x, sx, m.correction, lr, eps, rect, rootCorrection2, from, to);
            LaneLoops.rectifiedMove(y, m.y, sy, m.correction, lr, eps, rect, rootCorrection2, from, to);
        } else {
            LaneLoops.momentumMove(x, m.x, m.correction, lr, from, to);
            LaneLoops.momentumMove(y, m.y, m.correction, lr, from, to);
        }
    }

    /** The step of runs with β₂ of their own (a sweep): ρₜ and the rectification run by run. */
    private void stepEachRun(double[] x, double[] y, double[] lr, long t, int from, int to) {
        for (int i = from; i < to; i++) {
            double b2 = beta2[i];
            double rate = lr[i];
            double correction1 = m.correction[i];
            beta2Power[i] *= b2;
            double beta2ToT = beta2Power[i];
            double correction2 = 1 - beta2ToT;
            double mHatX = m.x[i] / correction1;
            double mHatY = m.y[i] / correction1;
            double rhoInf = 2 / (1 - b2) - 1;
            double rho = rhoInf - 2 * t * beta2ToT / correction2;
            double stepX = rate;
            double stepY = rate;
            if (rho > TRACTABLE_RHO) {
                double rect = Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho));
                double rootCorrection2 = Math.sqrt(correction2);
                stepX = rate * rect * rootCorrection2 / (Math.sqrt(sx[i]) + eps[i]);
                stepY = rate * rect * rootCorrection2 / (Math.sqrt(sy[i]) + eps[i]);
            }
            x[i] -= mHatX * stepX;
            y[i] -= mHatY * stepY;
        }
    }
}
