package org.optiviz.core.race;

import org.optiviz.core.optim.Objective;

/**
 * A run's loss at every step, in a third of the memory of a plain column on a long run: the first
 * {@value #KEPT_STEPS} losses are kept one by one; after that, of each block of {@value #BLOCK} steps only its
 * first finite loss and its extremes are kept (what the loss chart draws), plus the block being filled. A loss
 * no longer kept is worked out again when asked for: a step's loss depends only on its point and its step
 * ({@link Objective#stepLoss}), so it comes out bit for bit as recorded.
 */
final class LossColumn {
    public static final int BLOCK = 32;
    static final int KEPT_STEPS = 1 << 16;
    private static final int MASK = BLOCK - 1;
    private final Objective objective;
    private final ChunkedColumn xs;
    private final ChunkedColumn ys;
    private final ChunkedColumn kept = new ChunkedColumn();
    private final ChunkedColumn blockFirst = new ChunkedColumn();
    private final ChunkedColumn blockMin = new ChunkedColumn();
    private final ChunkedColumn blockMax = new ChunkedColumn();
    private final double[] filling = new double[BLOCK];
    private double first = Double.NaN;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private int size;

    /**
     * @param objective what the losses were recorded on, to work one out again; null keeps every loss
     * @param xs        the run's recorded x, step by step
     * @param ys        the run's recorded y
     */
    LossColumn(Objective objective, ChunkedColumn xs, ChunkedColumn ys) {
        this.objective = objective;
        this.xs = xs;
        this.ys = ys;
    }

    /** Says how many losses the column will most likely hold, so it makes room for no more. */
    void expect(long losses) {
        kept.expect(objective == null ? losses : Math.min(losses, KEPT_STEPS));
        long blocks = losses / BLOCK;
        blockFirst.expect(blocks);
        blockMin.expect(blocks);
        blockMax.expect(blocks);
    }

    /** Appends step size()'s loss. */
    void add(double loss) {
        if (size < KEPT_STEPS || objective == null) {
            kept.add(loss);
        } else {
            filling[size & MASK] = loss;
        }
        if (Double.isFinite(loss)) {
            if (Double.isNaN(first)) {
                first = loss;
            }
            min = Math.min(min, loss);
            max = Math.max(max, loss);
        }
        size++;
        if ((size & MASK) == 0) {
            blockFirst.add(first);
            blockMin.add(min);
            blockMax.add(max);
            first = Double.NaN;
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
        }
    }

    /** How many doubles this column holds for its losses: at most a third of size() on a long run. */
    long heldValues() {
        return kept.size() + 3L * blockMin.size() + BLOCK;
    }

    /** Step i's loss, as recorded. */
    double get(int i) {
        return lossAt(i, size, size & ~MASK, kept, filling, objective, xs, ys);
    }

    /** The losses recorded so far, as a column that stays as it is while this one grows; little is copied. */
    Column frozen() {
        return new View(kept.identity(), objective, kept.frozen(), blockFirst.frozen(), blockMin.frozen(),
                blockMax.frozen(), xs.frozen(), ys.frozen(), filling.clone(), size);
    }

    private static double lossAt(int i, int size, int fillingFrom, Column kept, double[] filling, Objective objective,
                                 Column xs, Column ys) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("step " + i + " of " + size + " recorded losses");
        }
        if (i < kept.size()) {
            return kept.get(i);
        }
        if (i >= fillingFrom) {
            return filling[i & MASK];
        }
        return objective.stepLoss(xs.get(i), ys.get(i), i);
    }

    /** The losses of the first {@code size} steps, read from what the column keeps. */
    private static final class View implements Column, LossStretches {
        private final Object identity;
        private final Objective objective;
        private final Column kept;
        private final Column blockFirst;
        private final Column blockMin;
        private final Column blockMax;
        private final Column xs;
        private final Column ys;
        private final double[] filling;
        private final int size;
        /** Steps from here on are in the block being filled (or kept). */
        private final int fillingFrom;

        View(Object identity, Objective objective, Column kept, Column blockFirst, Column blockMin, Column blockMax,
             Column xs, Column ys, double[] filling, int size) {
            this.identity = identity;
            this.objective = objective;
            this.kept = kept;
            this.blockFirst = blockFirst;
            this.blockMin = blockMin;
            this.blockMax = blockMax;
            this.xs = xs;
            this.ys = ys;
            this.filling = filling;
            this.size = size;
            this.fillingFrom = size & ~MASK;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Object identity() {
            return identity;
        }

        @Override
        public double get(int i) {
            return lossAt(i, size, fillingFrom, kept, filling, objective, xs, ys);
        }

        @Override
        public double[] stretch(int from, int to) {
            double first = Double.NaN;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int k = Math.max(0, from);
            int end = Math.min(to, size);
            while (k < end) {
                int block = k / BLOCK;
                int blockEnd = Math.min(end, (block + 1) * BLOCK);
                boolean whole = k == block * BLOCK && blockEnd == (block + 1) * BLOCK;
                boolean readable = k < kept.size() && blockEnd <= kept.size() || k >= fillingFrom;
                if (block < blockMin.size() && (whole || !readable)) {
                    if (Double.isNaN(first)) {
                        first = blockFirst.get(block);
                    }
                    min = Math.min(min, blockMin.get(block));
                    max = Math.max(max, blockMax.get(block));
                } else {
                    for (int i = k; i < blockEnd; i++) {
                        double v = get(i);
                        if (Double.isFinite(v)) {
                            if (Double.isNaN(first)) {
                                first = v;
                            }
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                }
                k = blockEnd;
            }
            return new double[] {first, min, max};
        }
    }
}
