package org.optiviz.ui.view;

import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import org.optiviz.core.data.Model;
import org.optiviz.io.data.DataSets;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.DataProblemModel;

/**
 * The "Fit a model to data" editor under the problem chooser: a bundled data set or a CSV file, its x and y
 * columns, the model, standardising x, and the minibatch size on a slider (log scale from 1 to all rows; the race
 * restarts when the slider is let go). Reading and fitting run in the background; their problem shows in one line.
 */
final class DataEditor extends GridPane {
    private final DataProblemModel data;
    private final I18n i18n;
    private final ComboBox<String> set = new ComboBox<>();
    private final ComboBox<String> xColumn = new ComboBox<>();
    private final ComboBox<String> yColumn = new ComboBox<>();
    private final ComboBox<Model> model = new ComboBox<>();
    private final CheckBox standardize = new CheckBox();
    private final Slider batch = new Slider(0, 1, 1);
    private final ValidatedField batchField;
    private final Label batchNote = new Label();
    private final TextFlow status = new TextFlow();
    private boolean following;

    DataEditor(DataProblemModel data, I18n i18n, Consumer<String> onError) {
        this.data = data;
        this.i18n = i18n;
        setId("dataEditor");
        setHgap(6);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);

        set.setId("dataSet");
        set.setMaxWidth(Double.MAX_VALUE);
        for (DataSets.Bundled bundled : DataSets.BUNDLED) {
            set.getItems().add(bundled.name());
        }
        set.setCellFactory(list -> new SetCell(i18n));
        set.setButtonCell(new SetCell(i18n));
        set.setOnAction(e -> {
            if (!following && set.getValue() != null && !set.getValue().equals(data.sourceProperty().get())) {
                data.choose(set.getValue());
            }
        });
        Button open = new Button();
        open.setId("dataOpen");
        open.textProperty().bind(i18n.text("data.open"));
        open.setMinWidth(Button.USE_PREF_SIZE);
        open.setOnAction(e -> openCsv());
        HBox setRow = new HBox(6, set, open);
        HBox.setHgrow(set, Priority.ALWAYS);
        setRow.setAlignment(Pos.CENTER_LEFT);

        xColumn.setId("dataX");
        yColumn.setId("dataY");
        for (ComboBox<String> column : java.util.List.of(xColumn, yColumn)) {
            column.setItems(data.columns());
            column.setMaxWidth(Double.MAX_VALUE);
            column.setOnAction(e -> refit());
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        HBox columns = new HBox(4, new Label("x"), xColumn, new Label("y"), yColumn);
        columns.setAlignment(Pos.CENTER_LEFT);

        model.setId("dataModel");
        model.getItems().setAll(Model.values());
        model.setMaxWidth(Double.MAX_VALUE);
        model.setCellFactory(list -> new ModelCell(i18n));
        model.setButtonCell(new ModelCell(i18n));
        model.setOnAction(e -> refit());
        standardize.setId("dataStandardize");
        standardize.textProperty().bind(i18n.text("data.standardize"));
        standardize.setTooltip(Tips.of(i18n, "data.standardize.tooltip"));
        standardize.setOnAction(e -> refit());

        batch.setId("dataBatch");
        batch.setMaxWidth(Double.MAX_VALUE);
        batch.setTooltip(Tips.of(i18n, "data.batch.tooltip"));
        batch.valueProperty().addListener((obs, old, now) -> {
            if (!following) {
                batchNote.setText(note(sizeAt(now.doubleValue())));
                if (!batch.isValueChanging()) {
                    data.setBatch(sizeAt(now.doubleValue()));
                }
            }
        });
        batch.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now && !following) {
                data.setBatch(sizeAt(batch.getValue()));
            }
        });
        batchField = new ValidatedField(() -> Integer.toString(data.batchProperty().get()),
                text -> data.setBatch(whole(text)), onError);
        batchField.setId("dataBatchSize");
        batchField.setPrefColumnCount(5);
        batchField.setNormalTooltip(Tips.of(i18n, "data.batch.tooltip"));
        HBox batchRow = new HBox(6, batch, batchField);
        HBox.setHgrow(batch, Priority.ALWAYS);
        batchRow.setAlignment(Pos.CENTER_LEFT);
        batchNote.getStyleClass().add("formula");

        status.setId("dataStatus");
        // Full-width rows: the panel is narrow on small screens and the names are long.
        add(setRow, 0, 0, 2, 1);
        add(columns, 0, 1, 2, 1);
        add(model, 0, 2, 2, 1);
        add(standardize, 0, 3, 2, 1);
        addRow(4, label("data.batch"), batchRow);
        add(batchNote, 1, 5);
        add(status, 0, 6, 2, 1);

        data.rowsProperty().addListener((obs, old, now) -> follow());
        data.batchProperty().addListener((obs, old, now) -> follow());
        data.sourceProperty().addListener((obs, old, now) -> follow());
        data.modelProperty().addListener((obs, old, now) -> follow());
        data.standardizeProperty().addListener((obs, old, now) -> follow());
        data.xColumnProperty().addListener((obs, old, now) -> follow());
        data.yColumnProperty().addListener((obs, old, now) -> follow());
        data.loadingProperty().addListener((obs, old, now) -> showStatus());
        data.problemProperty().addListener((obs, old, now) -> {
            showStatus();
            if (!now.isEmpty()) {
                onError.accept(now);
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> {
            set.setButtonCell(new SetCell(i18n));
            set.setCellFactory(list -> new SetCell(i18n));
            model.setButtonCell(new ModelCell(i18n));
            model.setCellFactory(list -> new ModelCell(i18n));
            follow();
            showStatus();
        });
        follow();
        showStatus();
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows what is raced now (the editor's own choice, or a scenario's). */
    private void follow() {
        following = true;
        try {
            String source = data.sourceProperty().get();
            if (!set.getItems().contains(source)) {
                set.getItems().add(source);
            }
            set.setValue(source);
            xColumn.setValue(data.xColumnProperty().get());
            yColumn.setValue(data.yColumnProperty().get());
            model.setValue(data.modelProperty().get());
            standardize.setSelected(data.standardizeProperty().get());
            int rows = data.rowsProperty().get();
            int m = data.batchProperty().get();
            batch.setDisable(rows <= 1);
            batch.setValue(rows > 1 ? Math.log(m) / Math.log(rows) : 1);
            batchNote.setText(note(m));
            batchField.refresh();
        } finally {
            following = false;
        }
    }

    private void refit() {
        if (following) {
            return;
        }
        data.xColumnProperty().set(xColumn.getValue());
        data.yColumnProperty().set(yColumn.getValue());
        data.modelProperty().set(model.getValue());
        data.standardizeProperty().set(standardize.isSelected());
        data.apply(data.batchProperty().get() > 0 ? data.batchProperty().get() : Integer.MAX_VALUE);
    }

    private void openCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("data.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV", "*.txt"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            data.choose(file.getAbsolutePath());
        }
    }

    /** The batch size at a slider position: rows^p, so each part of the slider is a constant factor. */
    private int sizeAt(double position) {
        int rows = Math.max(1, data.rowsProperty().get());
        return (int) Math.max(1, Math.min(rows, Math.round(Math.pow(rows, position))));
    }

    private String note(int m) {
        int rows = data.rowsProperty().get();
        if (rows == 0) {
            return "";
        }
        return m >= rows ? i18n.get("data.batch.full", rows) : i18n.get("data.batch.value", m, rows);
    }

    private int whole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.of(i18n, "error.integer", i18n.get("data.batch"), text);
        }
    }

    private void showStatus() {
        status.getChildren().clear();
        String problem = data.problemProperty().get();
        if (data.loadingProperty().get()) {
            status.getChildren().add(new Text(i18n.get("data.loading")));
        } else if (problem != null && !problem.isEmpty()) {
            Text t = new Text(problem);
            t.setStyle("-fx-fill: -color-danger-fg;");
            status.getChildren().add(t);
        }
        status.setVisible(!status.getChildren().isEmpty());
        status.setManaged(status.isVisible());
    }

    /** A bundled set by its description in the window's language, a file by its name. */
    private static final class SetCell extends ListCell<String> {
        private final I18n i18n;

        SetCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (DataSets.isBundled(item)) {
                setText(i18n.get("data.set." + item));
            } else {
                setText(new File(item).getName());
            }
        }
    }

    private static final class ModelCell extends ListCell<Model> {
        private final I18n i18n;

        ModelCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Model item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get("data.model." + item.key()));
        }
    }
}
