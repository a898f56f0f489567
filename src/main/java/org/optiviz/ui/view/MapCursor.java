package org.optiviz.ui.view;

import java.util.function.Consumer;
import org.optiviz.core.batch.ConvergenceMap;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.MapField;
import org.optiviz.ui.I18n;

/** The status bar's text for the pointer over a convergence map: where the run from the start under it ends. */
final class MapCursor {
    private MapCursor() {
    }

    /**
     * Shows the outcome of the start under the pointer when the cell shows a map; otherwise passes the point on to
     * the plain cursor text.
     */
    static void show(PlotCell cell, Point world, I18n i18n, StatusBar statusBar, Consumer<Point> plain) {
        if (world == null || cell == null || cell.request() == null
                || !(cell.request().field() instanceof MapField field)) {
            plain.accept(world);
            return;
        }
        ConvergenceMap map = field.map();
        int run = map.grid().runAt(world.x(), world.y());
        if (run < 0) {
            plain.accept(world);
            return;
        }
        int i = run % map.grid().cols();
        int j = run / map.grid().cols();
        var result = map.result();
        String outcome = result.status(run) == RunStatus.DIVERGED ? i18n.get("map.divergedAt", result.steps(run) + 1)
                : result.settledAt(run) >= 0 ? i18n.get("map.settled", result.settledAt(run))
                : i18n.get("map.running");
        statusBar.showCursor(i18n.get("map.cursor", Formats.coordinate(map.grid().x(i)),
                Formats.coordinate(map.grid().y(j)), Formats.coordinate(result.x(run)),
                Formats.coordinate(result.y(run)), Formats.number(result.loss(run)), outcome));
    }
}
