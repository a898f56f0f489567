package org.optiviz.plot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.plot.draw.Argb;

/**
 * One look per optimizer, safe for colour-blind viewers. The ten first optimizers draw solid lines in the seven
 * non-black Okabe–Ito colours, then wine, white and olive, which differ from those in lightness as well as hue;
 * optimizers whose paths usually lie close together (Adam, AdamW, AdaSmooth; Momentum, NAG) get colours of clearly
 * different lightness. Hue runs out beyond ten, so the next eight draw dashed lines in seven of Paul Tol's "muted"
 * colours and near-black, distinct from each other: any two optimizers differ in colour or in dash.
 *
 * <p>An optimizer the palette does not name (a plug-in) gets a generated colour from its key, dashed, so adding
 * one never needs an entry here.
 *
 * <p>No single colour stands out on every band of viridis, so lines are drawn over a thin halo
 * ({@link #haloFor}), near-black or white, whichever keeps the line visible on every band.
 */
public final class Palette {
    /** Dash pattern of the dashed looks: on and off lengths in multiples of the line width. */
    private static final double[] DASHED = {3.5, 1.8};
    private static final double[] SOLID = {};
    private static final Map<String, Integer> SOLID_COLORS = Map.of(
            "sgd", Argb.rgb(0xE69F00),        // orange
            "momentum", Argb.rgb(0x56B4E9),   // sky blue
            "nag", Argb.rgb(0x009E73),        // bluish green
            "adagrad", Argb.rgb(0xF0E442),    // yellow
            "rmsprop", Argb.rgb(0x0072B2),    // blue
            "adadelta", Argb.rgb(0xD55E00),   // vermillion
            "adam", Argb.rgb(0xCC79A7),       // reddish purple
            "adamw", Argb.rgb(0xFFFFFF),      // white
            "adasmooth", Argb.rgb(0x882255),  // wine
            "eve", Argb.rgb(0x999933));       // olive
    private static final Map<String, Integer> DASHED_COLORS = Map.of(
            "adamax", Argb.rgb(0x44AA99),     // teal
            "nadam", Argb.rgb(0xCC6677),      // rose
            "radam", Argb.rgb(0x332288),      // indigo
            "amsgrad", Argb.rgb(0xDDCC77),    // sand
            "lion", Argb.rgb(0x88CCEE),       // cyan
            "adabelief", Argb.rgb(0x222222),  // near-black
            "yogi", Argb.rgb(0x117733),       // green
            "qhm", Argb.rgb(0xDDDDDD));       // pale grey
    private static final Map<Integer, Integer> HALOS = new ConcurrentHashMap<>();
    // Opaque: translucent strokes cost several times more on JavaFX's software pipeline.
    private static final int DARK_HALO = Argb.rgb(0x161616);
    private static final int LIGHT_HALO = Argb.rgb(0xffffff);

    private Palette() {
    }

    /** The optimizer's colour as opaque ARGB. */
    public static int color(OptimizerKind kind) {
        Integer solid = SOLID_COLORS.get(kind.key());
        if (solid != null) {
            return solid;
        }
        Integer dashed = DASHED_COLORS.get(kind.key());
        return dashed != null ? dashed : generated(kind.key());
    }

    /** "#rrggbb" of the optimizer's colour, for CSS and scenario files. */
    public static String hex(OptimizerKind kind) {
        return Argb.hex(color(kind));
    }

    /**
     * The optimizer's dash pattern as on and off lengths in multiples of the line width; empty for a solid line.
     * Callers get a copy.
     */
    public static double[] dash(OptimizerKind kind) {
        return SOLID_COLORS.containsKey(kind.key()) ? SOLID.clone() : DASHED.clone();
    }

    /** Whether the palette names this optimizer (otherwise its look is generated from its key). */
    public static boolean names(OptimizerKind kind) {
        return SOLID_COLORS.containsKey(kind.key()) || DASHED_COLORS.containsKey(kind.key());
    }

    /** A stable colour for a key the palette does not name: a hue from the key's hash, mid lightness. */
    static int generated(String key) {
        double hue = Math.floorMod(key.hashCode() * 0x9E3779B1, 360);
        double chroma = 0.55;
        double h = hue / 60;
        double x = chroma * (1 - Math.abs(h % 2 - 1));
        double[] rgb = switch ((int) h) {
            case 0 -> new double[] {chroma, x, 0};
            case 1 -> new double[] {x, chroma, 0};
            case 2 -> new double[] {0, chroma, x};
            case 3 -> new double[] {0, x, chroma};
            case 4 -> new double[] {x, 0, chroma};
            default -> new double[] {chroma, 0, x};
        };
        double lift = 0.3;
        return Argb.of((int) Math.round((rgb[0] + lift) * 255), (int) Math.round((rgb[1] + lift) * 255),
                (int) Math.round((rgb[2] + lift) * 255));
    }

    /**
     * The outline colour (near-black or white) that keeps a line of this colour visible on every band of
     * viridis: of the two, the one for which the line or its outline contrasts most with the worst band.
     */
    public static int haloFor(int argb) {
        return HALOS.computeIfAbsent(argb | 0xff000000, Palette::chooseHalo);
    }

    private static int chooseHalo(int line) {
        double dark = worstBandContrast(line, DARK_HALO);
        double light = worstBandContrast(line, LIGHT_HALO);
        return dark >= light ? DARK_HALO : LIGHT_HALO;
    }

    /** The lowest, over viridis, of the better contrast of line or halo against the band. */
    static double worstBandContrast(int line, int halo) {
        double worst = contrast(line, halo);
        for (int band : ColorMap.viridisTable()) {
            worst = Math.min(worst, Math.max(contrast(line, band), contrast(halo, band)));
        }
        return worst;
    }

    /** WCAG contrast ratio, 1 (none) to 21 (black on white). */
    static double contrast(int a, int b) {
        double la = Argb.luminance(a) + 0.05;
        double lb = Argb.luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }
}
