package org.optiviz.plot;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.optiviz.plot.draw.Argb;

/**
 * Per-pixel line coverage and tone for one band of a raster, with the list of pixels covered so far. Only
 * covered pixels are blended and cleared afterwards, so a buffer goes back to its pool clean and the next
 * view change reuses it instead of allocating and zeroing megabytes of mostly untouched pixels. Pooled
 * buffers are softly held: memory they use is given back when the heap runs short.
 */
final class CoverageBuffer {
    private static final ConcurrentLinkedQueue<SoftReference<CoverageBuffer>> POOL = new ConcurrentLinkedQueue<>();
    /** Coverage 0..1 of each pixel, 0 where no line reaches. */
    final float[] coverage;
    /** The line colour of each covered pixel. */
    final int[] tone;
    private int[] covered = new int[1024];
    /** How many pixels are covered; only the first {@link #listLimit} are listed. */
    private int count;
    private int listLimit;

    private CoverageBuffer(int pixels) {
        coverage = new float[pixels];
        tone = new int[pixels];
    }

    /** A clean buffer of at least the given number of pixels, from the pool when one is big enough. */
    static CoverageBuffer take(int pixels) {
        for (SoftReference<CoverageBuffer> ref; (ref = POOL.poll()) != null; ) {
            CoverageBuffer buffer = ref.get();
            if (buffer != null && buffer.coverage.length >= pixels) {
                return buffer.listingUpTo(pixels / 8);
            }
        }
        return new CoverageBuffer(pixels).listingUpTo(pixels / 8);
    }

    private CoverageBuffer listingUpTo(int limit) {
        listLimit = limit;
        return this;
    }

    /**
     * Notes that pixel i, uncovered so far, is getting covered: it is listed while at most an eighth of the
     * pixels are, beyond which one pass over all of them is faster than the list.
     */
    void newlyCovered(int i) {
        if (count++ < listLimit) {
            if (count > covered.length) {
                covered = Arrays.copyOf(covered, 2 * covered.length);
            }
            covered[count - 1] = i;
        }
    }

    /**
     * Blends each covered pixel i of the first {@code pixels} into argb[offset + i] towards its tone by its
     * coverage, clears it and returns the buffer to the pool.
     */
    void blendInto(int[] argb, int offset, int pixels) {
        if (count <= listLimit) {
            for (int n = 0; n < count; n++) {
                int i = covered[n];
                argb[offset + i] = mix(argb[offset + i], tone[i], coverage[i]);
                coverage[i] = 0;
            }
        } else {
            // Densely covered: one pass in memory order is faster than visiting pixels in drawing order.
            for (int i = 0; i < pixels; i++) {
                if (coverage[i] > 0) {
                    argb[offset + i] = mix(argb[offset + i], tone[i], coverage[i]);
                    coverage[i] = 0;
                }
            }
        }
        count = 0;
        POOL.add(new SoftReference<>(this));
    }

    /**
     * {@link Argb#mix} for the hot loop: the channels a + (b − a)·f lie in [0, 255], where adding ½ and
     * truncating rounds like {@link Math#round} (which costs several times more here) but for values within
     * one ulp below a half, a difference of one level in one channel.
     */
    private static int mix(int a, int b, double f) {
        return Argb.of(blend(Argb.red(a), Argb.red(b), f), blend(Argb.green(a), Argb.green(b), f),
                blend(Argb.blue(a), Argb.blue(b), f));
    }

    private static int blend(int a, int b, double f) {
        return (int) (a + (b - a) * f + 0.5);
    }
}
