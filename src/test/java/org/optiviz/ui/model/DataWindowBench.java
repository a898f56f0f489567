package org.optiviz.ui.model;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.Model;
import org.optiviz.plot.Theme;
import org.optiviz.ui.I18n;
import org.optiviz.ui.view.LossChartRequests;

/**
 * Measures the window's model on a million-row CSV (not a test: figures for the README): the time from choosing
 * the file to racing it (read and fitted in the background), then race steps per second with every optimizer at
 * m = 32 and at m = N, and how long the loss chart takes to fill in with full-batch losses.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.optiviz.ui.model.DataWindowBench
 * [linear|logistic] [rows]}. The window thread is played by this main thread, which drains what is handed to it.
 */
public final class DataWindowBench {
    private static final ConcurrentLinkedQueue<Runnable> WINDOW = new ConcurrentLinkedQueue<>();

    private DataWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        Model kind = args.length > 0 ? Model.byKey(args[0]) : Model.LINEAR;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path csv = Files.createTempFile("optiviz-bench", ".csv");
        write(csv, rows, kind);
        ExecutorService background = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        MainViewModel model = new MainViewModel(k -> 0xFF000000, background, WINDOW::add);
        DataProblemModel data = new DataProblemModel(model, background, WINDOW::add);
        data.modelProperty().set(kind);
        long t0 = System.nanoTime();
        data.choose(csv.toString());
        while (!(model.getSurface() instanceof DataModel)) {
            drain();
            Thread.sleep(1);
        }
        double load = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s, %,d rows (%.1f MB): chosen to raced in %.2f s%n", kind.key(), rows,
                Files.size(csv) / 1e6, load);
        model.setStepLimit(MainViewModel.MAX_STEP_LIMIT);
        for (int m : new int[] {32, rows}) {
            data.setBatch(m);
            drain();
            steps(model, m, rows);
        }
        data.setBatch(32);
        drain();
        model.reset();
        drain();
        model.stepBy(2000);
        drain();
        fill(model);
        background.shutdownNow();
        Files.delete(csv);
    }

    private static void write(Path csv, int rows, Model kind) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("x,y\n");
            for (int i = 0; i < rows; i++) {
                double x = 3 + 2 * random.nextGaussian();
                double y = kind == Model.LINEAR ? 1.5 * x - 2 + random.nextGaussian()
                        : random.nextDouble() < 1 / (1 + Math.exp(-(1.2 * x - 3))) ? 1 : 0;
                out.write(String.format(Locale.ROOT, "%.6f,%s%n", x, kind == Model.LINEAR
                        ? String.format(Locale.ROOT, "%.6f", y) : Integer.toString((int) y)));
            }
        }
    }

    /** Race steps per second with every optimizer, as playing takes them (a frame's steps, then its readout). */
    private static void steps(MainViewModel model, int m, int rows) {
        model.reset();
        drain();
        int perCall = m == rows ? 1 : 50;
        long start = System.nanoTime();
        long until = start + 5_000_000_000L;
        long steps = 0;
        java.util.List<Double> calls = new java.util.ArrayList<>();
        while (System.nanoTime() < until && model.getStep() < model.getStepLimit()) {
            long s = System.nanoTime();
            model.stepBy(perCall);
            drain();
            calls.add((System.nanoTime() - s) / 1e6);
            steps += perCall;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        java.util.Collections.sort(calls);
        System.out.printf(Locale.ROOT, "m = %,d: %,.0f race steps/s (%d optimizers; %,.0f optimizer steps/s); "
                        + "a call of %d steps with its readout: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", m,
                steps / seconds, model.entries().size(), steps * model.entries().size() / seconds, perCall,
                calls.get(calls.size() / 2), calls.get((int) (calls.size() * 0.99)), calls.get(calls.size() - 1));
    }

    /** How long the loss chart of a 2,000-step minibatch race takes to fill in with full-batch losses. */
    private static void fill(MainViewModel model) throws InterruptedException {
        I18n i18n = new I18n(Locale.ENGLISH);
        LossChartRequests.of(model, i18n, Theme.LIGHT, 1, 400, 200); // loads the classes
        long start = System.nanoTime();
        double slowestRequest = 0;
        while (true) {
            long s = System.nanoTime();
            var request = LossChartRequests.of(model, i18n, Theme.LIGHT, 1, 400, 200);
            slowestRequest = Math.max(slowestRequest, (System.nanoTime() - s) / 1e6);
            int known = 0;
            int wanted = 0;
            for (var series : request.series()) {
                known += series.count();
                wanted += org.optiviz.plot.chart.FullLossSamples.steps(2001,
                        org.optiviz.plot.chart.FullLossSamples.stride(2000, 400, 1_000_000)).length;
            }
            if (known >= wanted) {
                break;
            }
            drain();
            Thread.sleep(20);
        }
        double filled = (System.nanoTime() - start) / 1e9;
        java.util.List<Double> builds = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long s = System.nanoTime();
            LossChartRequests.of(model, i18n, Theme.LIGHT, 1, 400, 200);
            builds.add((System.nanoTime() - s) / 1e6);
        }
        java.util.Collections.sort(builds);
        System.out.printf(Locale.ROOT, "loss chart (400 px, 2,000 steps, %d runs): filled in with full-batch losses "
                + "after %.1f s (built on the window thread in at most %.1f ms while filling; once filled, p50 %.2f "
                + "ms, max %.2f ms)%n", model.entries().size(), filled, slowestRequest, builds.get(100),
                builds.get(199));
    }

    private static void drain() {
        Runnable task;
        while ((task = WINDOW.poll()) != null) {
            task.run();
        }
    }
}
