package org.optiviz.ui.tune;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.optiviz.core.batch.LrTuning;
import org.optiviz.io.AtomicFiles;
import org.optiviz.io.TuningCsv;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.scenario.FileDialogs;
import org.optiviz.ui.view.StatusBar;

/**
 * The table learning rates were chosen from: one row per lr of the grid, one column per tuned optimizer, each cell
 * the criterion (mean final f − f_min over the runs of that lr) or "diverged", the chosen lr of each optimizer
 * marked ✔. "Save as CSV" writes it as the {@code tune} command does.
 */
final class TuningTable {
    private static final String CHOSEN = "✔ ";
    private final List<LrTuning> tunings;
    private final MainViewModel model;
    private final I18n i18n;
    private final StatusBar status;
    private final FileDialogs dialogs;
    private final Path folder;
    private final int steps;

    /** @param steps the steps each tuning run took */
    TuningTable(List<LrTuning> tunings, int steps, MainViewModel model, I18n i18n, StatusBar status,
                FileDialogs dialogs, Path folder) {
        this.steps = steps;
        this.tunings = List.copyOf(tunings);
        this.model = model;
        this.i18n = i18n;
        this.status = status;
        this.dialogs = dialogs;
        this.folder = folder;
    }

    /** One row of the table: an lr and the text of each optimizer's cell, in the tunings' order. */
    record Row(double lr, List<String> cells) {
    }

    /** Every lr any optimizer tried, smallest first, with each optimizer's criterion there ("" where it did not). */
    static List<Row> rows(List<LrTuning> tunings, String diverged) {
        TreeSet<Double> lrs = new TreeSet<>();
        for (LrTuning t : tunings) {
            for (double lr : t.candidates()) {
                lrs.add(lr);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (double lr : lrs) {
            List<String> cells = new ArrayList<>();
            for (LrTuning t : tunings) {
                cells.add(cell(t, lr, diverged));
            }
            rows.add(new Row(lr, cells));
        }
        return rows;
    }

    private static String cell(LrTuning t, double lr, String diverged) {
        for (int c = 0; c < t.candidates().length; c++) {
            if (t.candidates()[c] == lr) {
                String value = Double.isInfinite(t.criterion()[c]) ? diverged
                        : String.format(Locale.ROOT, "%.3g", t.criterion()[c]);
                return (c == t.chosen() ? CHOSEN : "") + value;
            }
        }
        return "";
    }

    /** "SGD 0.316, Momentum 0.1, …": what was chosen, for the status line. */
    static String summary(List<LrTuning> tunings) {
        List<String> parts = new ArrayList<>();
        for (LrTuning t : tunings) {
            parts.add(t.kind().displayName() + " " + String.format(Locale.ROOT, "%.3g", t.chosenLr()));
        }
        return String.join(", ", parts);
    }

    void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(i18n.get("tune.title"));
        TableView<Row> table = new TableView<>();
        table.setId("tuningTable");
        TableColumn<Row, String> lr = new TableColumn<>("lr");
        lr.setCellValueFactory(row -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.3g",
                row.getValue().lr())));
        lr.setSortable(false);
        table.getColumns().add(lr);
        for (int k = 0; k < tunings.size(); k++) {
            int index = k;
            TableColumn<Row, String> column = new TableColumn<>(tunings.get(k).kind().displayName());
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().cells().get(index)));
            column.setCellFactory(c -> new MarkedCell());
            column.setSortable(false);
            table.getColumns().add(column);
        }
        table.getItems().setAll(rows(tunings, i18n.get("tune.diverged")));
        // Open at the choices rather than at 10⁻⁵, where nothing moves.
        for (int r = 0; r < table.getItems().size(); r++) {
            if (table.getItems().get(r).cells().stream().anyMatch(cell -> cell.startsWith(CHOSEN))) {
                table.scrollTo(Math.max(0, r - 2));
                break;
            }
        }
        Label header = new Label(i18n.get("tune.header", Integer.toString(steps)));
        header.setWrapText(true);
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button save = new Button(i18n.get("tune.save"));
        save.setId("tuneSave");
        save.setOnAction(e -> save(stage));
        Button close = new Button(i18n.get("tune.close"));
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, header, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        double width = Math.min(900, 140 + 110 * tunings.size());
        stage.setScene(new Scene(box, width, 560));
        stage.setMinWidth(420);
        stage.setMinHeight(320);
        stage.show();
        // Sized and centred over the window once shown: a window manager may open a child window at its smallest.
        double height = Math.min(560, owner.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - width) / 2));
        stage.setY(owner.getY() + Math.max(0, (owner.getHeight() - height) / 2));
    }

    private void save(Window owner) {
        Path file = dialogs.save(owner, i18n.get("tune.save"), "csv", folder,
                "optiviz-" + model.getSurface().key() + "-tuning.csv");
        if (file == null) {
            return;
        }
        try {
            write(tunings, file);
            status.showMessage(i18n.get("tune.saved", file.getFileName()));
        } catch (IOException e) {
            status.showError(i18n.get("export.error", AtomicFiles.reason(e)));
        }
    }

    /** The table as the {@code tune} command writes it. */
    static void write(List<LrTuning> tunings, Path file) throws IOException {
        AtomicFiles.write(file, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            TuningCsv.write(tunings, writer);
            writer.flush();
        });
    }

    /** A cell that shows the chosen lr in bold on a tinted background. */
    private static final class MarkedCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            boolean chosen = !empty && item != null && item.startsWith(CHOSEN);
            setStyle(chosen ? "-fx-font-weight: bold; -fx-background-color: rgba(46, 160, 67, 0.25);" : "");
        }
    }
}
