package org.optiviz.core.optim;

/**
 * Standard normal numbers addressed by (seed, step) rather than drawn from a stream.
 *
 * <p>Every run of a race asks for the noise of its own step t and gets the same pair, whatever the other runs
 * did and however often a run is replayed. Bits come from SplitMix64, the pair from the Box–Muller transform.
 */
public final class GaussianNoise {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private GaussianNoise() {
    }

    /** Writes the two standard normal numbers for this seed and step into out[0] and out[1]. */
    public static void pair(long seed, long step, double[] out) {
        long base = mix(seed * GOLDEN + mix(step + GOLDEN));
        double u1 = ((mix(base) >>> 11) + 1) * 0x1.0p-53; // (0, 1]: the logarithm stays finite
        double u2 = (mix(base + GOLDEN) >>> 11) * 0x1.0p-53;
        double radius = Math.sqrt(-2 * Math.log(u1));
        double angle = 2 * Math.PI * u2;
        out[0] = radius * Math.cos(angle);
        out[1] = radius * Math.sin(angle);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
