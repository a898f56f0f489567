package org.optiviz.plot;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.plot.draw.Argb;

/**
 * One colour per optimizer, safe for colour-blind viewers: the seven non-black Okabe–Ito colours, then wine,
 * white and olive, which differ from those in lightness as well as hue. Optimizers whose paths usually lie
 * close together (Adam, AdamW, AdaSmooth; Momentum, NAG) get colours of clearly different lightness.
 *
 * <p>No single colour stands out on every band of viridis, so lines are drawn over a thin halo
 * ({@link #haloFor}), near-black or white, whichever keeps the line visible on every band.
 */
public final class Palette {
    private static final Map<OptimizerKind, Integer> COLORS = new EnumMap<>(OptimizerKind.class);
    private static final Map<Integer, Integer> HALOS = new ConcurrentHashMap<>();
    // Opaque: translucent strokes cost several times more on JavaFX's software pipeline.
    private static final int DARK_HALO = Argb.rgb(0x161616);
    private static final int LIGHT_HALO = Argb.rgb(0xffffff);

    static {
        COLORS.put(OptimizerKind.SGD, Argb.rgb(0xE69F00));        // orange
        COLORS.put(OptimizerKind.MOMENTUM, Argb.rgb(0x56B4E9));   // sky blue
        COLORS.put(OptimizerKind.NAG, Argb.rgb(0x009E73));        // bluish green
        COLORS.put(OptimizerKind.ADAGRAD, Argb.rgb(0xF0E442));    // yellow
        COLORS.put(OptimizerKind.RMSPROP, Argb.rgb(0x0072B2));    // blue
        COLORS.put(OptimizerKind.ADADELTA, Argb.rgb(0xD55E00));   // vermillion
        COLORS.put(OptimizerKind.ADAM, Argb.rgb(0xCC79A7));       // reddish purple
        COLORS.put(OptimizerKind.ADAMW, Argb.rgb(0xFFFFFF));      // white
        COLORS.put(OptimizerKind.ADASMOOTH, Argb.rgb(0x882255));  // wine
        COLORS.put(OptimizerKind.EVE, Argb.rgb(0x999933));        // olive
    }

    private Palette() {
    }

    /** The optimizer's colour as opaque ARGB. */
    public static int color(OptimizerKind kind) {
        return COLORS.get(kind);
    }

    /** "#rrggbb" of the optimizer's colour, for CSS and scenario files. */
    public static String hex(OptimizerKind kind) {
        return Argb.hex(color(kind));
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
