package org.optiviz.core.batch;

/** Told, on the thread that started a batch, how many of its steps (runs × steps) are done. */
@FunctionalInterface
public interface BatchProgress {
    BatchProgress NONE = (done, total) -> {
    };

    void progress(long done, long total);
}
