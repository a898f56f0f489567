package org.optiviz.ui.view;

import javafx.animation.AnimationTimer;
import org.optiviz.ui.model.FrameStats;
import org.optiviz.ui.model.MainViewModel;

/**
 * The window's heartbeat on the JavaFX animation timer: each pulse steps the race (on the FX thread, in the core)
 * and then lets each view redraw what changed. Frame intervals and the work per frame are recorded for the
 * frame-time readout and --frame-stats.
 */
final class FrameLoop extends AnimationTimer {
    /** The loss chart redraws at most every this many frames: it is small and need not be smoother. */
    private static final int CHART_EVERY = 6;
    private final MainViewModel model;
    private final Runnable drawPlot;
    private final Runnable drawChart;
    private final FrameStats intervals = new FrameStats();
    private final FrameStats work = new FrameStats();
    private long last;
    private long previousPulse;
    private long frame;

    FrameLoop(MainViewModel model, Runnable drawPlot, Runnable drawChart) {
        this.model = model;
        this.drawPlot = drawPlot;
        this.drawChart = drawChart;
    }

    @Override
    public void handle(long now) {
        long begin = System.nanoTime();
        // The first pulse, and one after the loop was stopped, counts as one frame at 60 Hz.
        double seconds = previousPulse == 0 ? 1 / 60.0 : (now - previousPulse) / 1e9;
        previousPulse = now;
        model.advanceFrame(seconds);
        drawPlot.run();
        if (frame++ % CHART_EVERY == 0) {
            drawChart.run();
        }
        work.add(System.nanoTime() - begin);
        if (last != 0) {
            intervals.add(now - last);
        }
        last = now;
    }

    /** Time between consecutive pulses: 16.7 ms at 60 frames per second. */
    FrameStats intervals() {
        return intervals;
    }

    /** Time spent stepping and drawing within each pulse. */
    FrameStats work() {
        return work;
    }

    void clearStats() {
        intervals.clear();
        work.clear();
        last = 0;
    }
}
