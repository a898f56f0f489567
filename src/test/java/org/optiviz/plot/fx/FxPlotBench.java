package org.optiviz.plot.fx;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.PlotBench;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.Drawing;

/**
 * Timing of the JavaFX back end on the software pipeline, headless (Monocle): {@code FxPlotBench}. A Canvas
 * buffers its commands and rasterizes them when shown or snapshotted, so each figure is drawing plus one
 * snapshot, minus the snapshot of an untouched canvas. Layers are drawn unclipped (the default) and, for
 * comparison, clipped.
 *
 * <p>Run from the project folder after
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.optiviz.plot.fx.FxPlotBench}.
 */
public final class FxPlotBench {
    private FxPlotBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Map<String, Drawing> layers = new LinkedHashMap<>();
        PlotRequest calm = PlotBench.longRace(20_000, 0);
        PlotRequest noisy = PlotBench.longRace(20_000, 0.5);
        ViewTransform t = PlotComposer.transform(calm);
        for (String key : new String[] {"rosenbrock", "rastrigin"}) {
            PlotRequest r = PlotBench.plotAreaRequest(Surfaces.byKey(key), 2);
            layers.put("background (heat map + iso-lines), " + key,
                    PlotComposer.background(r, PlotComposer.transform(r)));
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas canvas = new Canvas(calm.width() + 100, calm.height() + 100);
                GraphicsContext g = canvas.getGraphicsContext2D();
                double base = median(canvas, () -> g.clearRect(0, 0, 1, 1));
                System.out.printf("JavaFX Canvas, software pipeline (Monocle), %dx%d; snapshot alone %.2f ms, "
                        + "subtracted below%n", (int) canvas.getWidth(), (int) canvas.getHeight(), base);
                for (var e : layers.entrySet()) {
                    report(e.getKey(), canvas, base, () -> FxCanvasRenderer.render(e.getValue(), g));
                    report(e.getKey() + ", clipped", canvas, base,
                            () -> e.getValue().accept(new FxCanvasRenderer(g, true)));
                }
                for (PlotRequest r : new PlotRequest[] {calm, noisy}) {
                    String name = "compose + draw trajectories, 10 runs × 20000 points, "
                            + (r == calm ? "no noise" : "noise σ=0.5");
                    report(name, canvas, base, () -> {
                        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                        FxCanvasRenderer.render(PlotComposer.trajectories(r, t), g);
                    });
                    report(name + ", clipped", canvas, base, () -> {
                        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                        PlotComposer.trajectories(r, t).accept(new FxCanvasRenderer(g, true));
                    });
                }
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
        Platform.exit();
    }

    private static void report(String name, Canvas canvas, double base, Runnable draw) {
        System.out.printf("  %-80s %6.2f ms%n", name, median(canvas, draw) - base);
    }

    private static double median(Canvas canvas, Runnable draw) {
        double[] ms = new double[15];
        for (int i = -10; i < ms.length; i++) {
            long t0 = System.nanoTime();
            draw.run();
            canvas.snapshot(new SnapshotParameters(), null);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
