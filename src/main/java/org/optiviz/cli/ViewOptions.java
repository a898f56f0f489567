package org.optiviz.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optiviz.core.param.DecimalText;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.LayoutKinds;
import org.optiviz.io.scenario.Scenario;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * How a race is shown: the part of the plane in view, the layout, and the camera of a 3D view; each replaces the
 * scenario's when given.
 */
public class ViewOptions {
    @Option(names = "--view", paramLabel = "XMIN,XMAX,YMIN,YMAX|3d|2d",
            description = "the part of the plane shown (default: the scenario's, or the surface's), or 3d for the "
                    + "shaded surface in 3D, 2d for flat contours; may be given twice (--view 3d --view -2,2,-1,3)")
    List<String> views = new ArrayList<>();

    @Option(names = "--azimuth", paramLabel = "DEG",
            description = "3D view: degrees around the vertical axis; default: the scenario's, or -60")
    Double azimuth;

    @Option(names = "--elevation", paramLabel = "DEG",
            description = "3D view: degrees above the plane, -90..90; default: the scenario's, or 30")
    Double elevation;

    @Option(names = "--zoom", paramLabel = "K",
            description = "3D view: enlargement, 0.25..8; default: the scenario's, or 1")
    Double zoom;

    @ArgGroup(exclusive = true)
    LayoutFlag layout;

    static final class LayoutFlag {
        @Option(names = "--overlay", description = "every optimizer on one plot (the default)")
        boolean overlay;

        @Option(names = "--grid", description = "one small plot per shown optimizer, all with the same view")
        boolean grid;
    }

    /** The view given on the command line, or null. */
    ViewBox given() {
        String box = box();
        return box == null ? null : parseView(box);
    }

    /** The scenario with the view, layout and camera given on the command line. */
    Scenario applyTo(Scenario scenario) {
        Scenario result = scenario;
        String box = box();
        if (box != null) {
            result = result.withView(parseView(box));
        }
        Layout shown = result.layout();
        if (layout != null) {
            shown = LayoutKinds.withGrid(shown, layout.grid);
        }
        Boolean threeD = dimension();
        if (threeD != null) {
            shown = LayoutKinds.with3d(shown, threeD);
        }
        result = result.withLayout(shown);
        return CameraFlags.apply(result, azimuth, elevation, zoom);
    }

    /** The part of the plane given with --view, or null. */
    private String box() {
        String box = null;
        for (String text : views) {
            if (!isDimension(text)) {
                if (box != null) {
                    throw new UsageException("--view: give the part of the plane once, got " + DecimalText.quote(box)
                            + " and " + DecimalText.quote(text));
                }
                box = text;
            }
        }
        return box;
    }

    /** True for --view 3d, false for --view 2d, null when neither was given. */
    private Boolean dimension() {
        Boolean threeD = null;
        for (String text : views) {
            if (isDimension(text)) {
                boolean now = text.toLowerCase(Locale.ROOT).equals("3d");
                if (threeD != null && threeD != now) {
                    throw new UsageException("--view: give 3d or 2d, not both");
                }
                threeD = now;
            }
        }
        return threeD;
    }

    private static boolean isDimension(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("3d") || t.equals("2d");
    }

    static ViewBox parseView(String text) {
        double[] v = RaceOptions.parseNumbers("--view", text, 4, "XMIN,XMAX,YMIN,YMAX");
        ViewBox box;
        try {
            box = new ViewBox(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--view: expected XMIN,XMAX,YMIN,YMAX with min < max, got "
                    + DecimalText.quote(text));
        }
        // The limits a scenario file has, so that what the scenario command writes can be read back.
        for (double bound : v) {
            String problem = Scenario.coordinateProblem(bound);
            if (problem != null) {
                throw new UsageException("--view: " + problem);
            }
        }
        if (box.width() < Scenario.MIN_VIEW_SIZE || box.height() < Scenario.MIN_VIEW_SIZE) {
            throw new UsageException("--view: " + box.width() + " × " + box.height() + " is too small; at least "
                    + Scenario.MIN_VIEW_SIZE + " each way");
        }
        return box;
    }
}
