package org.optiviz.io.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;
import org.optiviz.plot.PlotOptions;

/**
 * How long the exports take for the default race on Rosenbrock (every optimizer, 2000 steps, 1000×800): a 2× PNG,
 * an SVG and a 200-frame GIF, each written to a file. A program to run by hand, not a test:
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.optiviz.io.export.ExportBenchmark [dir]}.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("optiviz-bench");
        Scenario scenario = ScenarioJson.standard().parse("{\"version\": 1, \"surface\": \"rosenbrock\", \"stepLimit\": 2000}");
        Picture picture = PlotCells.of(RaceSnapshot.run(scenario), 1000, 800, PlotOptions.defaults());
        Path png = dir.resolve("bench-2x.png");
        Path svg = dir.resolve("bench.svg");
        Path gif = dir.resolve("bench-200.gif");
        report("2x PNG 2000x1600", png, 5, () -> Exports.png(png, picture, 2));
        report("SVG 1000x800", svg, 5, () -> Exports.svg(svg, picture));
        report("GIF 200 frames 1000x800", gif, 2,
                () -> Exports.gif(gif, picture, 1, 20, 200, ExportProgress.NONE));
    }

    interface Job {
        void run() throws Exception;
    }

    private static void report(String name, Path file, int runs, Job job) throws Exception {
        job.run(); // warm-up: class loading and JIT
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            job.run();
            ms[i] = (System.nanoTime() - begin) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-26s median %6d ms (min %d, max %d), %,d bytes%n", name, ms[runs / 2],
                ms[0], ms[runs - 1], Files.size(file));
    }
}
