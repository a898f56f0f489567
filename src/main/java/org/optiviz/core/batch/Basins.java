package org.optiviz.core.batch;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;

/**
 * Which minimum each run of a batch ended at. A run belongs to the nearest known minimum within a radius of 2 % of the
 * view's diagonal; a settled run far from all of them (a typed function or a data set without known minima, a local
 * minimum nobody listed) joins the first cluster of such end points within that radius, or starts a new one. Known
 * minima come first, then clusters in the order their first run appears; at most {@link #MAX} basins in all.
 */
public final class Basins {
    /** Fraction of the view's diagonal within which an end point belongs to a minimum or a cluster. */
    public static final double RADIUS = 0.02;
    public static final int MAX = 32;
    private final int[] basin;
    private final List<Point> centres;
    private final int known;

    private Basins(int[] basin, List<Point> centres, int known) {
        this.basin = basin;
        this.centres = List.copyOf(centres);
        this.known = known;
    }

    public static Basins of(BatchResult result, List<Point> minima, ViewBox view) {
        double radius = RADIUS * Math.hypot(view.width(), view.height());
        double r2 = radius * radius;
        List<Point> centres = new ArrayList<>(minima);
        int[] basin = new int[result.size()];
        for (int run = 0; run < basin.length; run++) {
            basin[run] = -1;
            if (result.status(run) == RunStatus.DIVERGED) {
                continue;
            }
            double x = result.x(run);
            double y = result.y(run);
            int nearest = nearest(centres, 0, minima.size(), x, y, r2);
            if (nearest < 0 && result.settledAt(run) >= 0) {
                nearest = nearest(centres, minima.size(), centres.size(), x, y, r2);
                if (nearest < 0 && centres.size() < MAX) {
                    centres.add(new Point(x, y));
                    nearest = centres.size() - 1;
                }
            }
            basin[run] = nearest;
        }
        return new Basins(basin, centres, minima.size());
    }

    private static int nearest(List<Point> centres, int from, int to, double x, double y, double r2) {
        int best = -1;
        double bestD2 = r2;
        for (int k = from; k < to; k++) {
            double dx = centres.get(k).x() - x;
            double dy = centres.get(k).y() - y;
            double d2 = dx * dx + dy * dy;
            if (d2 <= bestD2) {
                bestD2 = d2;
                best = k;
            }
        }
        return best;
    }

    /** The basin of this run, or −1 (diverged, or ended away from every minimum and cluster). */
    public int of(int run) {
        return basin[run];
    }

    /** Each basin's point: a known minimum, or the first end point of a cluster. */
    public List<Point> centres() {
        return centres;
    }

    /** How many of the basins are known minima (the first ones). */
    public int known() {
        return known;
    }
}
