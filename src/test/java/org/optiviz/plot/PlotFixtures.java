package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Surface;
import org.optiviz.plot.draw.Argb;

/** Races and pixel checks shared by the plot tests. */
final class PlotFixtures {
    private PlotFixtures() {
    }

    /** A race of the given optimizers with the surface's suggested settings, stepped. */
    static Race race(Surface surface, int steps, OptimizerKind... kinds) {
        List<RaceSetup.RunSetup> setups = new ArrayList<>();
        for (OptimizerKind kind : kinds.length == 0 ? OptimizerKind.values() : kinds) {
            setups.add(new RaceSetup.RunSetup(kind, kind.defaultsFor(surface)));
        }
        Race race = new RaceSetup(surface, surface.defaultStart(), 0, 0, setups).toRace(true);
        race.step(steps, steps);
        return race;
    }

    /**
     * A race at five times the surfaces' suggested learning rates, so that on a saddle the plain-gradient
     * runs leave for infinity (diverge) within a few hundred steps whatever the tuned rates are.
     */
    static Race divergingRace(Surface surface, int steps, OptimizerKind... kinds) {
        List<RaceSetup.RunSetup> setups = new ArrayList<>();
        for (OptimizerKind kind : kinds.length == 0 ? OptimizerKind.values() : kinds) {
            var params = kind.defaultsFor(surface);
            setups.add(new RaceSetup.RunSetup(kind, params.with("lr", 5 * params.get("lr"))));
        }
        Race race = new RaceSetup(surface, surface.defaultStart(), 0, 0, setups).toRace(true);
        race.step(steps, steps);
        return race;
    }

    static List<RunTrace> traces(Race race) {
        List<RunTrace> out = new ArrayList<>();
        for (Run run : race.runs()) {
            out.add(RunTrace.of(run));
        }
        return out;
    }

    /** Largest per-channel difference of two colours. */
    static int distance(int a, int b) {
        return Math.max(Math.abs(Argb.red(a) - Argb.red(b)),
                Math.max(Math.abs(Argb.green(a) - Argb.green(b)), Math.abs(Argb.blue(a) - Argb.blue(b))));
    }

    interface PixelSource {
        int argb(int x, int y);
    }

    /**
     * The share of the run's points (inside the image, thinned to every few pixels, away from the start
     * marker and the head's outline) that have a pixel of the run's colour within 1 pixel; NaN if the path is
     * too short to check.
     */
    static double colourCoverage(RunTrace run, ViewTransform t, PixelSource image, int width, int height,
                                 double scale) {
        int checked = 0;
        int found = 0;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        double startX = t.toPixelX(run.xs().get(0)) * scale;
        double startY = t.toPixelY(run.ys().get(0)) * scale;
        double headX = t.toPixelX(run.xs().get(run.count() - 1)) * scale;
        double headY = t.toPixelY(run.ys().get(run.count() - 1)) * scale;
        for (int i = 0; i < run.count(); i++) {
            double px = t.toPixelX(run.xs().get(i)) * scale;
            double py = t.toPixelY(run.ys().get(i)) * scale;
            if (!t.area().contains(px / scale, py / scale) || Math.hypot(px - lastX, py - lastY) < 6 * scale
                    || Math.hypot(px - startX, py - startY) < 10 * scale
                    || Math.hypot(px - headX, py - headY) < 9 * scale) {
                continue;
            }
            lastX = px;
            lastY = py;
            checked++;
            search:
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = (int) Math.round(px) + dx;
                    int y = (int) Math.round(py) + dy;
                    if (x >= 0 && y >= 0 && x < width && y < height
                            && distance(image.argb(x, y), run.argb()) <= 40) {
                        found++;
                        break search;
                    }
                }
            }
        }
        return checked == 0 ? Double.NaN : (double) found / checked;
    }
}
