package org.optiviz.plot.surface3d;

import java.util.LinkedHashMap;
import java.util.Map;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.ContourLevels;
import org.optiviz.plot.Field;

/**
 * The surface as a mesh of n × n quads over the view: at every vertex f's position 0..1 in the colour map and its
 * height 0..1 (the same, with the lowest few percent cut flat, see {@link #base}). Heights follow the heat map's scale ({@link ContourLevels}): log(f − floor) on
 * wide-range surfaces (Rosenbrock, Beale), where a linear height would be one spike over a flat plain, f itself
 * otherwise. Undefined or overflowing values stand at the top, as the heat map paints them.
 */
public final class HeightField {
    /** Quads per side: 64 × 64 is smooth on a full window and quick enough to orbit. */
    public static final int DEFAULT_QUADS = 64;
    private static final int CACHED = 4;
    /** The share of vertices whose height is cut flat at the bottom (see {@link #base}). */
    static final double BASE_FRACTION = 0.1;
    private static final Map<Key, HeightField> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, HeightField> eldest) {
            return size() > CACHED;
        }
    };

    private final Field field;
    private final ViewBox view;
    private final int quads;
    private final double[] heights;
    private final double[] colours;
    private final ContourLevels levels;
    private final double base;

    private HeightField(Field field, ViewBox view, int quads, double[] heights, double[] colours,
                        ContourLevels levels, double base) {
        this.field = field;
        this.view = view;
        this.quads = quads;
        this.heights = heights;
        this.colours = colours;
        this.levels = levels;
        this.base = base;
    }

    /**
     * The mesh of the field over the view, sampled once and kept while the field and view stay the same (orbiting
     * redraws it every frame; a grid of plots shares one).
     */
    public static HeightField of(Field field, ViewBox view, int quads) {
        Key key = new Key(field, view, quads);
        synchronized (CACHE) {
            HeightField cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        HeightField made = sample(field, view, quads);
        synchronized (CACHE) {
            CACHE.put(key, made);
        }
        return made;
    }

    static HeightField sample(Field field, ViewBox view, int quads) {
        if (quads < 1) {
            throw new IllegalArgumentException("a mesh needs at least one quad per side, got " + quads);
        }
        int n = quads + 1;
        double[] values = new double[n * n];
        for (int j = 0; j < n; j++) {
            double y = y(view, quads, j);
            for (int i = 0; i < n; i++) {
                values[j * n + i] = field.value(x(view, quads, i), y);
            }
        }
        ContourLevels levels = ContourLevels.choose(values, field.floor());
        double[] colours = new double[n * n];
        for (int k = 0; k < values.length; k++) {
            colours[k] = levels.t(values[k]);
        }
        double base = base(colours);
        double[] heights = new double[n * n];
        for (int k = 0; k < values.length; k++) {
            heights[k] = lifted(colours[k], base);
        }
        return new HeightField(field, view, quads, heights, colours, levels, base);
    }

    /**
     * The colour-map position below which heights are cut flat: the lowest few percent of the vertices. On a log
     * scale the last decades down to a minimum fall steeply between two vertices, and a mesh that follows them
     * into every cell along a narrow valley (Rosenbrock's) shows a row of spikes instead of a valley floor.
     */
    static double base(double[] colours) {
        double[] sorted = colours.clone();
        java.util.Arrays.sort(sorted);
        return Math.min(0.5, sorted[(int) (sorted.length * BASE_FRACTION)]);
    }

    private static double lifted(double colour, double base) {
        return Math.max(0, (colour - base) / (1 - base));
    }

    private static double x(ViewBox view, int quads, int i) {
        return i == quads ? view.xMax() : view.xMin() + view.width() * i / quads;
    }

    private static double y(ViewBox view, int quads, int j) {
        return j == quads ? view.yMax() : view.yMin() + view.height() * j / quads;
    }

    public int quads() {
        return quads;
    }

    public ViewBox view() {
        return view;
    }

    /** Plane x of vertex column i (0..quads). */
    public double x(int i) {
        return x(view, quads, i);
    }

    /** Plane y of vertex row j (0..quads), row 0 at the view's bottom. */
    public double y(int j) {
        return y(view, quads, j);
    }

    /** Height 0..1 of vertex (i, j). */
    public double height(int i, int j) {
        return heights[j * (quads + 1) + i];
    }

    /** Position 0..1 in the colour map of vertex (i, j), as the flat plot's heat map colours f there. */
    public double colour(int i, int j) {
        return colours[j * (quads + 1) + i];
    }

    /** Height 0..1 of any point of the plane, on the same scale as the mesh. */
    public double heightAt(double x, double y) {
        return lifted(levels.t(field.value(x, y)), base);
    }

    /** Height 0..1 of a value of f. */
    public double heightOf(double f) {
        return lifted(levels.t(f), base);
    }

    /** The heat map's contour levels, ascending: the values worth labelling on the height axis. */
    public double[] levelValues() {
        return levels.levels();
    }

    /** Whether heights are log(f − floor). */
    public boolean logScale() {
        return levels.scale() == ContourLevels.Scale.LOG;
    }

    private record Key(Field field, ViewBox view, int quads) {
    }
}
