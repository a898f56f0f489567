package org.optiviz.cli;

import org.optiviz.core.param.DecimalText;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.view.Layout;
import org.optiviz.io.scenario.Scenario;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How a race is shown: the part of the plane in view and the layout; each replaces the scenario's when given. */
public class ViewOptions {
    @Option(names = "--view", paramLabel = "XMIN,XMAX,YMIN,YMAX",
            description = "the part of the plane shown; default: the scenario's, or the surface's")
    String view;

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
        return view == null ? null : parseView(view);
    }

    /** The scenario with the view and layout given on the command line. */
    Scenario applyTo(Scenario scenario) {
        Scenario result = scenario;
        if (view != null) {
            result = result.withView(parseView(view));
        }
        if (layout != null) {
            result = result.withLayout(layout.grid ? Layout.GRID : Layout.OVERLAY);
        }
        return result;
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
