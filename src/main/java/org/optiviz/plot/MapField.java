package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optiviz.core.batch.ConvergenceMap;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.plot.draw.Argb;

/**
 * A convergence map as a picture: each start's cell in the colour of where its run ended. The hue says which minimum
 * (basin), the lightness how many steps it took to settle (full colour at once, paler the later, almost white at the
 * step limit); diverged runs are dark and runs that had not settled by the step limit grey.
 */
public final class MapField implements PaintedField, SurfaceBacked {
    /** Basin hues, in the order of the basins (the known minima first). */
    private static final int[] HUES = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0xb07aa1, 0x76b7b2, 0xedc948, 0xff9da7,
        0x9c755f};
    public static final int DIVERGED = Argb.rgb(0x202124);
    public static final int NOT_SETTLED = Argb.rgb(0x9aa0a6);
    /** Where no start lies: the page beyond the view when the plot is wider or taller than it. */
    public static final int OUTSIDE = Argb.rgb(0xf1f3f4);
    /** How far towards white the slowest settled run is mixed. */
    private static final double PALEST = 0.75;

    /** The key's words, in the language of the window or the command line. */
    public record Words(String diverged, String notSettled, String paler) {
        public static final Words ENGLISH = new Words("diverged", "not settled", "paler: settled later");
    }

    private final Surface surface;
    private final ConvergenceMap map;
    private final Words words;
    private final int[] colors;
    private final boolean keyed;
    private final MapField keyless;

    public MapField(Surface surface, ConvergenceMap map, Words words) {
        this.surface = surface;
        this.map = map;
        this.words = words;
        this.colors = new int[map.grid().size()];
        for (int run = 0; run < colors.length; run++) {
            colors[run] = colorOf(run);
        }
        this.keyed = true;
        this.keyless = new MapField(this);
    }

    /** The same picture without a key (for the maps after the first of a grid: one key is enough). */
    private MapField(MapField keyed) {
        this.surface = keyed.surface;
        this.map = keyed.map;
        this.words = keyed.words;
        this.colors = keyed.colors;
        this.keyed = false;
        this.keyless = this;
    }

    /** This map without its colour key; always the same object, so a window keeps its cached picture. */
    public MapField withoutKey() {
        return keyless;
    }

    public ConvergenceMap map() {
        return map;
    }

    /** The colour of run number {@code run}'s cell. */
    public int colorOf(int run) {
        if (map.result().status(run) == RunStatus.DIVERGED) {
            return DIVERGED;
        }
        int basin = map.basins().of(run);
        int settled = map.result().settledAt(run);
        if (basin < 0 || settled < 0) {
            return NOT_SETTLED;
        }
        double lateness = map.steps() == 0 ? 0 : (double) settled / map.steps();
        return Argb.mix(hue(basin), Argb.rgb(0xffffff), PALEST * lateness);
    }

    /** The full colour of basin k. */
    public static int hue(int basin) {
        return Argb.rgb(HUES[basin % HUES.length]);
    }

    @Override
    public int color(double x, double y) {
        int run = map.grid().runAt(x, y);
        return run < 0 ? OUTSIDE : colors[run];
    }

    @Override
    public List<KeyEntry> key() {
        List<KeyEntry> key = new ArrayList<>();
        if (!keyed) {
            return key;
        }
        List<Point> centres = map.basins().centres();
        boolean[] used = new boolean[centres.size()];
        for (int run = 0; run < colors.length; run++) {
            int basin = map.basins().of(run);
            if (basin >= 0 && map.result().settledAt(run) >= 0) {
                used[basin] = true;
            }
        }
        for (int k = 0; k < centres.size(); k++) {
            // Every known minimum, reached or not, so the key of one map of a grid serves the others too.
            if (used[k] || k < map.basins().known()) {
                key.add(new KeyEntry(hue(k), String.format(Locale.ROOT, "(%.3g, %.3g)", centres.get(k).x(),
                        centres.get(k).y())));
            }
        }
        if (!key.isEmpty()) {
            key.add(new KeyEntry(Argb.mix(key.get(0).color(), Argb.rgb(0xffffff), PALEST * 0.8), words.paler()));
        }
        key.add(new KeyEntry(NOT_SETTLED, words.notSettled()));
        key.add(new KeyEntry(DIVERGED, words.diverged()));
        return key;
    }

    @Override
    public Surface surface() {
        return surface;
    }
}
