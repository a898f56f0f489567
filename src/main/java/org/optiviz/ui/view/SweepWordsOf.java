package org.optiviz.ui.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.optiviz.plot.sweep.SweepWords;
import org.optiviz.ui.I18n;

/** The sweep heat map's words in the window's language, and the thread its sweeps are computed on. */
final class SweepWordsOf {
    private SweepWordsOf() {
    }

    static SweepWords of(I18n i18n) {
        return new SweepWords(i18n.get("sweep.title.loss"), i18n.get("sweep.title.steps"), i18n.get("sweep.logScale"),
                i18n.get("sweep.key.loss"), i18n.get("sweep.key.steps"), i18n.get("map.diverged"),
                i18n.get("map.notSettled"), i18n.get("sweep.measured"), i18n.get("sweep.theory.exact"),
                i18n.get("sweep.theory.local"));
    }

    /** One low-priority daemon thread: a newer sweep waits for the older one to notice it was cancelled. */
    static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "sweep-heatmap");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }
}
