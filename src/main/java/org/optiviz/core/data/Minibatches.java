package org.optiviz.core.data;

import java.util.SplittableRandom;

/**
 * Which rows step t uses. Each epoch draws a permutation of the N rows from a generator seeded by the race's seed
 * and the epoch's number, and cuts it into batches of m; step t uses the next batch, so every run of a race sees
 * the same batch at the same step whatever order the runs step in. When m does not divide N, the last batch of each
 * epoch holds the N mod m rows left over.
 *
 * <p>The permutation of the current epoch is kept as an immutable value, so that reading it from several threads
 * can only ever cost a recomputation, never a wrong batch.
 */
public final class Minibatches {
    private final int rows;
    private final int size;
    private final long seed;
    private final int perEpoch;
    private volatile EpochOrder current;

    private record EpochOrder(long epoch, int[] order) {
    }

    public Minibatches(int rows, int size, long seed) {
        if (size < 1 || size > rows) {
            throw new IllegalArgumentException("a batch holds 1.." + rows + " rows, got " + size);
        }
        this.rows = rows;
        this.size = size;
        this.seed = seed;
        this.perEpoch = (rows + size - 1) / size;
    }

    public int size() {
        return size;
    }

    /** The rows of the permutation that make step t's batch: order[from(t)] to order[to(t) − 1]. */
    int[] order(long t) {
        long epoch = (t - 1) / perEpoch;
        EpochOrder cached = current;
        if (cached == null || cached.epoch != epoch) {
            cached = new EpochOrder(epoch, permutation(epoch));
            current = cached;
        }
        return cached.order;
    }

    int from(long t) {
        return (int) ((t - 1) % perEpoch) * size;
    }

    int to(long t) {
        return Math.min(rows, from(t) + size);
    }

    private int[] permutation(long epoch) {
        // One generator per epoch, derived from the seed, so that an epoch's batches do not depend on earlier ones.
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
