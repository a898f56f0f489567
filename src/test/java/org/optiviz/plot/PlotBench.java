package org.optiviz.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Java2dRenderer;

/**
 * Timing of what the window does per view change and per frame: {@code PlotBench}. Prints the median of
 * repeated runs after warm-up: the background layer (sampling f, heat map, iso-lines) for a 1000×800 plot
 * per surface, and composing plus Java2D-rendering 10 runs × 20,000 points without and with gradient noise.
 *
 * <p>Run from the project folder after
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.optiviz.plot.PlotBench}.
 */
public final class PlotBench {
    private PlotBench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        for (int sampleStep : new int[] {2, 1}) {
            System.out.printf("background layer, 1000×800 plot area, f sampled every %d px: "
                    + "wall-clock median / best ms, CPU ms of all threads per recompute%n", sampleStep);
            for (Surface surface : Surfaces.all()) {
                PlotRequest request = plotAreaRequest(surface, sampleStep);
                ViewTransform t = PlotComposer.transform(request);
                double[] ms = times(() -> PlotComposer.background(request, t));
                double cpu = cpuMillis(() -> PlotComposer.background(request, t));
                System.out.printf("  %-14s %6.2f / %6.2f   cpu %6.2f%n", surface.key(), ms[0], ms[1], cpu);
            }
        }
        for (double noise : new double[] {0, 0.5}) {
            PlotRequest longRace = longRace(20_000, noise);
            ViewTransform t = PlotComposer.transform(longRace);
            double compose = median(() -> PlotComposer.trajectories(longRace, t));
            Drawing layer = PlotComposer.trajectories(longRace, t);
            BufferedImage target = new BufferedImage((int) longRace.width(), (int) longRace.height(),
                    BufferedImage.TYPE_INT_ARGB);
            double render = median(() -> {
                var g = target.createGraphics();
                layer.accept(new Java2dRenderer(g));
                g.dispose();
            });
            System.out.printf("trajectory layer, 10 runs × 20000 points on rosenbrock, gradient noise σ=%.1f: "
                    + "compose %.2f ms, Java2D render %.2f ms (%d points left to draw)%n", noise, compose, render,
                    drawnPoints(layer));
        }
    }

    /** A request whose plot area is 1000×800 pixels (the drawing is larger by the margins). */
    public static PlotRequest plotAreaRequest(Surface surface, int sampleStep) {
        PlotRequest probe = PlotRequest.of(surface, 1000, 800)
                .withOptions(PlotOptions.defaults().withSampleStep(sampleStep));
        PixelRect a = PlotComposer.transform(probe).area();
        return probe.withSize(1000 + (1000 - a.width()), 800 + (800 - a.height()));
    }

    /** Ten runs on Rosenbrock, each stepped to the given number of points, with gradient noise σ. */
    public static PlotRequest longRace(int points, double noise) {
        Surface surface = Surfaces.byKey("rosenbrock");
        List<RaceSetup.RunSetup> setups = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            setups.add(new RaceSetup.RunSetup(kind, kind.defaultsFor(surface)));
        }
        Race race = new RaceSetup(surface, surface.defaultStart(), noise, 7, setups).toRace(true);
        race.step(points - 1, points - 1);
        List<RunTrace> traces = new ArrayList<>();
        race.runs().forEach(run -> traces.add(RunTrace.of(run)));
        return PlotRequest.of(surface, 1000, 800).withRuns(traces);
    }

    static long drawnPoints(Drawing layer) {
        return layer.items().stream().flatMap(i -> i instanceof org.optiviz.plot.draw.ClipGroup g
                        ? g.items().stream() : java.util.stream.Stream.of(i))
                .filter(i -> i instanceof org.optiviz.plot.draw.Polyline)
                .mapToLong(i -> ((org.optiviz.plot.draw.Polyline) i).count()).sum();
    }

    static double median(Runnable work) {
        return times(work)[0];
    }

    /**
     * Process CPU time per run over 25 runs: the work itself, whatever else the machine is doing (on a busy
     * machine wall-clock times mostly measure waiting).
     */
    static double cpuMillis(Runnable work) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        for (int i = 0; i < 25; i++) {
            work.run();
        }
        return (os.getProcessCpuTime() - before) / 25 / 1e6;
    }

    /** Median and best of 25 timed runs after 15 warm-up runs, in milliseconds. */
    static double[] times(Runnable work) {
        for (int i = 0; i < 15; i++) {
            work.run();
        }
        double[] ms = new double[25];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[0]};
    }
}
