package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.TextLabel;

/** Paths and heads are drawn in the list's order with the top run last; the legend keeps the list's order. */
class DrawOrderTest {
    private static RunTrace run(String key, int argb) {
        return new RunTrace(key, key.toUpperCase(), argb, new double[] {-4, -2, 0}, new double[] {-1, 0, 1}, 3, -1);
    }

    @Test
    void theTopRunIsDrawnLastAndTheLegendKeepsTheListsOrder() {
        List<RunTrace> runs = List.of(run("a", 0xFF0000FF), run("b", 0xFF00FF00), run("c", 0xFFFF0000));
        PlotRequest request = PlotRequest.of(Surfaces.byKey("ellipsoid"), 600, 400).withRuns(runs).withTopKey("a");
        List<Item> items = new ArrayList<>();
        flatten(PlotComposer.compose(request).items(), items);
        List<String> paths = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Polyline line && line.role().equals("trajectory")) {
                paths.add(line.key());
            } else if (item instanceof Marker marker && marker.role().equals("current")) {
                heads.add(marker.fillArgb());
            } else if (item instanceof TextLabel label && label.role().equals("legend-label")) {
                legend.add(label.text());
            }
        }
        assertEquals(List.of("b", "c", "a"), paths);
        assertEquals(List.of(0xFF00FF00, 0xFFFF0000, 0xFF0000FF), heads);
        assertEquals(List.of("A", "B", "C"), legend);
        assertEquals(List.of("a", "b", "c"), keys(request.withTopKey(null).drawOrder()), "no top run: list order");
    }

    private static List<String> keys(List<RunTrace> runs) {
        return runs.stream().map(RunTrace::key).toList();
    }

    private static void flatten(List<Item> items, List<Item> out) {
        for (Item item : items) {
            if (item instanceof ClipGroup group) {
                flatten(group.items(), out);
            } else {
                out.add(item);
            }
        }
    }
}
