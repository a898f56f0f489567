package org.optiviz.ui.view;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.optiviz.core.batch.BatchResult;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.race.RunStatus;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.sweep.SweepField;
import org.optiviz.plot.sweep.SweepGeometry;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.SweepHeatmap;

/**
 * The pointer over a sweep heat map: hovering shows the cell's two values and how its run ended in the status line,
 * a click puts the cell's values into the optimizer. Caught before the plot's own gestures (pan, zoom, moving the
 * start), which mean nothing on a sweep.
 */
final class SweepPointer {
    private SweepPointer() {
    }

    static void attach(PlotCell cell, SweepHeatmap heatmap, I18n i18n, StatusBar statusBar) {
        cell.addEventFilter(MouseEvent.ANY, e -> {
            SweepField field = field(cell);
            if (field == null) {
                return;
            }
            int[] at = cellAt(cell.request(), field, e.getX(), e.getY());
            if (e.getEventType() == MouseEvent.MOUSE_MOVED || e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
                statusBar.showCursor(at == null ? "" : text(field, at[0], at[1], i18n));
            } else if (e.getEventType() == MouseEvent.MOUSE_EXITED) {
                statusBar.showCursor("");
            } else if (e.getEventType() == MouseEvent.MOUSE_CLICKED && e.getButton() == MouseButton.PRIMARY
                    && at != null) {
                heatmap.applyCell(at[0], at[1]);
                statusBar.showMessage(i18n.get("sweep.applied", field.sweep().kind().displayName(),
                        values(field, at[0], at[1])));
            }
            e.consume(); // the plot area's own filter (focus on press) has run already: it is the parent
        });
        cell.addEventFilter(ScrollEvent.ANY, e -> {
            if (field(cell) != null) {
                e.consume();
            }
        });
    }

    private static SweepField field(PlotCell cell) {
        return cell.request() != null && cell.request().field() instanceof SweepField f ? f : null;
    }

    /** The cell (i, j) under the pixel, or null. */
    static int[] cellAt(PlotRequest request, SweepField field, double px, double py) {
        SweepGeometry g = SweepGeometry.of(field.sweep().x(), field.sweep().y(), request.width(), request.height(),
                request.options().scale());
        int i = g.column(px);
        int j = g.row(py);
        return i < 0 || j < 0 ? null : new int[] {i, j};
    }

    private static String values(SweepField field, int i, int j) {
        Sweep sweep = field.sweep();
        var cell = sweep.settings()[sweep.run(i, j)];
        return sweep.x().key() + " = " + Formats.typed(cell.get(sweep.x().key())) + ", " + sweep.y().key() + " = "
                + Formats.typed(cell.get(sweep.y().key()));
    }

    /** "lr = 0.05, momentum = 0.9: f − f_min 3.1e-12, settled after 140 steps". */
    static String text(SweepField field, int i, int j, I18n i18n) {
        Sweep sweep = field.sweep();
        int run = sweep.run(i, j);
        BatchResult result = sweep.result();
        String outcome = result.status(run) == RunStatus.DIVERGED ? i18n.get("map.divergedAt", result.steps(run) + 1)
                : result.settledAt(run) >= 0 ? i18n.get("map.settled", result.settledAt(run))
                : i18n.get("map.running");
        return i18n.get("sweep.cursor", values(field, i, j),
                Formats.number(Math.max(0, result.loss(run) - field.floor())), outcome);
    }
}
