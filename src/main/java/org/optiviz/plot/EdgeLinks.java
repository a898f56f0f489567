package org.optiviz.plot;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Tracing scratch for marching squares: for each grid edge the (up to two) edges its crossing connects to
 * (−1 for none) and whether the walk has visited it. The tracer clears what it touched after each level, so
 * a buffer goes back to its pool clean and the next view change reuses it instead of allocating and
 * filling megabytes. Pooled buffers are softly held: memory they use is given back when the heap runs short.
 */
final class EdgeLinks {
    private static final ConcurrentLinkedQueue<SoftReference<EdgeLinks>> POOL = new ConcurrentLinkedQueue<>();
    /** Edge e links to link[2e] and link[2e + 1]. */
    final int[] link;
    final boolean[] visited;

    private EdgeLinks(int edges) {
        link = new int[2 * edges];
        visited = new boolean[edges];
        Arrays.fill(link, -1);
    }

    /** Clean links for at least the given number of edges, from the pool when one is big enough. */
    static EdgeLinks take(int edges) {
        for (SoftReference<EdgeLinks> ref; (ref = POOL.poll()) != null; ) {
            EdgeLinks links = ref.get();
            if (links != null && links.visited.length >= edges) {
                return links;
            }
        }
        return new EdgeLinks(edges);
    }

    /** Returns these links, cleared again by their user, to the pool. */
    void release() {
        POOL.add(new SoftReference<>(this));
    }
}
