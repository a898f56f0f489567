package org.optiviz.ui;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.optiviz.plot.surface3d.HeightField;
import org.optiviz.plot.view.LayoutKinds;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.view.MainWindow;

/**
 * The --frame-stats measurement: the default race with every optimizer at 10 steps per frame, trails already
 * 20,000 steps long, played for the given seconds; prints frame-time percentiles, the replay time of every run × 2,000
 * steps and the time from JVM start to the first painted frame, then closes the window. In a 3D layout (a scenario
 * with layout "3d") the first ten optimizers' trails are laid down and the race stops, and what is measured is the
 * camera turning {@value #ORBIT_DEGREES}° every frame, as a user dragging the surface round.
 */
final class FrameStatsRun {
    static final int SPEED = 10;
    static final int TRAIL = 20_000;
    static final double ORBIT_DEGREES = 1.5;
    private static final int ORBIT_TRAILS = 10;
    private static final double WARM_UP_SECONDS = 1;
    private final MainViewModel model;
    private final MainWindow window;
    private final double seconds;
    private final long jvmStart;
    private final PrintStream out = System.out;

    FrameStatsRun(MainViewModel model, MainWindow window, double seconds, long jvmStart) {
        this.model = model;
        this.window = window;
        this.seconds = seconds;
        this.jvmStart = jvmStart;
    }

    /** Waits for the first painted frame (so startup is measured as a user sees it), then sets up the race. */
    void start() {
        if (window.firstFrameMillis() == 0) {
            later(0.05, this::start);
            return;
        }
        boolean orbit = LayoutKinds.is3d(model.getLayout());
        for (OptimizerEntry entry : model.entries()) {
            entry.setVisible(!orbit || entry.index() < ORBIT_TRAILS);
        }
        model.setStepsPerSecond(SPEED * 60.0);
        model.setStepLimit(MainViewModel.MAX_STEP_LIMIT);
        double replayMillis = measureReplay();
        model.reset();
        model.stepBy(TRAIL);
        model.setPlaying(!orbit);
        if (orbit) {
            turnCamera();
        }
        later(WARM_UP_SECONDS, () -> {
            window.startMeasuring();
            later(seconds, () -> report(replayMillis));
        });
    }

    /** Median of several replays of every run from step 0 to 2,000, as a slider move in replay mode does. */
    private double measureReplay() {
        model.reset();
        model.stepBy(2_000);
        double[] times = new double[15];
        for (int i = 0; i < times.length; i++) {
            long begin = System.nanoTime();
            model.replayAll();
            times[i] = (System.nanoTime() - begin) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private void report(double replayMillis) {
        model.setPlaying(false);
        long first = window.firstFrameMillis();
        if (LayoutKinds.is3d(model.getLayout())) {
            out.println("3D view turning " + ORBIT_DEGREES + " degrees per frame, " + ORBIT_TRAILS + " trails of "
                    + (model.getStep() + 1) + " points, " + HeightField.DEFAULT_QUADS + "x" + HeightField.DEFAULT_QUADS
                    + " mesh");
        }
        out.println("optimizers " + model.entries().size() + ", " + SPEED + " steps/frame, trails " + TRAIL + " to " + (model.getStep() + 1)
                + " points, " + seconds + " s measured");
        out.println("frame interval: " + window.frameIntervals().summary());
        out.println("frame work (step + draw on the FX thread): " + window.frameWork().summary());
        out.println(String.format(Locale.ROOT, "replay %d x 2000 steps: %.2f ms (median of 15)", model.entries().size(),
                replayMillis));
        out.println("startup to first painted frame: " + (first > 0 ? (first - jvmStart) + " ms" : "not measured"));
        out.flush();
        Platform.exit();
    }

    /** Turns the camera a little every frame, as dragging the surface round does. */
    private void turnCamera() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.camera.set(model.camera.get().orbit(ORBIT_DEGREES, 0));
            }
        }.start();
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
