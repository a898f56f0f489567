package org.optiviz.cli;

/** Refuses, with one line, a job whose arrays would not fit in the memory Java may still use. */
final class MemoryCheck {
    private MemoryCheck() {
    }

    /**
     * @param flag  the flag whose size makes the job this large
     * @param bytes about how many bytes the job needs
     */
    static void require(String flag, long bytes) {
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (bytes > available * 0.8) {
            throw new UsageException(String.format(java.util.Locale.ROOT,
                    "%s: about %d MB needed but Java may use %d MB more; make it smaller, or give Java more memory "
                            + "(java -Xmx4g -jar ...)", flag, bytes >> 20, available >> 20));
        }
    }
}
