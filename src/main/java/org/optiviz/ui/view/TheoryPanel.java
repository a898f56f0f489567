package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.theory.ConvergenceRates;
import org.optiviz.core.theory.QuadraticTheory;
import org.optiviz.core.theory.Theory;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptimizerTexts;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * What the theory of the quadratic says about the problem: the Hessian's eigenvalues and condition number at the
 * first known minimum (or at the selected optimizer's point), gradient descent's and heavy-ball momentum's optimal
 * settings, rates and stability, the selected optimizer's predicted rate at its own settings, and buttons that set
 * SGD and Momentum to their optimal settings.
 */
final class TheoryPanel extends VBox {
    /** Where the Hessian is taken. */
    enum Where { MINIMUM, SELECTED }

    private final MainViewModel model;
    private final I18n i18n;
    private final ComboBox<Where> where = new ComboBox<>();
    private final Label place = new Label();
    private final Label validity = new Label();
    private final GridPane numbers = new GridPane();
    private final Label selectedRate = new Label();
    private final Label note = new Label();
    private final Button setSgd = new Button();
    private final Button setMomentum = new Button();
    private Theory theory;
    private final LazyRefresh refresher = new LazyRefresh(this::refresh);

    TheoryPanel(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("theoryPanel");
        setSpacing(6);
        setPadding(new Insets(6, 0, 0, 0));
        where.setId("theoryWhere");
        where.getItems().setAll(Where.values());
        where.setValue(Where.MINIMUM);
        where.setCellFactory(list -> new WhereCell());
        where.setButtonCell(new WhereCell());
        where.setMaxWidth(Double.MAX_VALUE);
        where.valueProperty().addListener((obs, old, now) -> refresher.invalidate());
        Label at = new Label();
        at.textProperty().bind(i18n.text("theory.at"));
        at.getStyleClass().add(Styles.TEXT_SMALL);
        place.setId("theoryPlace");
        validity.setId("theoryValidity");
        for (Label text : new Label[] {place, validity, selectedRate, note}) {
            text.setWrapText(true);
            // Wrapped lines need their height: without this the pane lays them out one line high and cuts them.
            text.setMinHeight(USE_PREF_SIZE);
            text.getStyleClass().add(Styles.TEXT_SMALL);
        }
        numbers.setId("theoryNumbers");
        numbers.setHgap(8);
        numbers.setVgap(2);
        selectedRate.setId("theorySelectedRate");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        setSgd.setId("theorySetSgd");
        setSgd.textProperty().bind(i18n.text("theory.setSgd"));
        setSgd.setOnAction(e -> setOptimal(OptimizerKind.SGD));
        setMomentum.setId("theorySetMomentum");
        setMomentum.textProperty().bind(i18n.text("theory.setMomentum"));
        setMomentum.setOnAction(e -> setOptimal(OptimizerKind.MOMENTUM));
        for (Button b : new Button[] {setSgd, setMomentum}) {
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(6, 6, setSgd, setMomentum);
        getChildren().addAll(at, where, place, validity, numbers, buttons, selectedRate, note);
        model.setupProperty().addListener((obs, old, now) -> refresher.invalidate());
        model.selectedProperty().addListener((obs, old, now) -> refresher.invalidate());
        model.redraws().pathsVersionProperty().addListener((obs, old, now) -> {
            if (where.getValue() == Where.SELECTED) {
                refresher.invalidate();
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> {
            refresher.invalidate();
            where.setButtonCell(new WhereCell());
        });
    }

    /** Whether the panel is on screen; it recomputes only while it is. */
    void setShown(boolean on) {
        refresher.setShown(on);
    }

    /** The theory shown, or null where it cannot be worked out. */
    Theory theory() {
        return theory;
    }

    private void refresh() {
        Surface surface = model.getSurface();
        OptimizerEntry selected = model.getSelected();
        boolean atMinimum = where.getValue() == Where.MINIMUM && !surface.minima().isEmpty();
        Point point = atMinimum ? surface.minima().get(0) : new Point(selected.run().x(), selected.run().y());
        numbers.getChildren().clear();
        try {
            theory = atMinimum ? Theory.atFirstMinimum(surface) : Theory.at(surface, point);
        } catch (IllegalArgumentException e) {
            theory = null;
        }
        String coordinates = Formats.number(point.x()) + ", " + Formats.number(point.y());
        if (theory == null) {
            place.setText(i18n.get("theory.notFinite", coordinates));
            validity.setText("");
            setSgd.setDisable(true);
            setMomentum.setDisable(true);
            selectedRate.setText("");
            note.setText("");
            return;
        }
        place.setText(i18n.get(atMinimum ? "theory.place.minimum" : "theory.place.point", coordinates));
        validity.setText(i18n.get(theory.exact() ? "theory.exact" : "theory.local"));
        QuadraticTheory q = theory.numbers();
        int row = 0;
        row = add(row, "λmax", q.lambdaMax());
        row = add(row, "λmin", q.lambdaMin());
        boolean minimum = q.positiveDefinite();
        if (minimum) {
            row = add(row, "κ", q.conditionNumber());
            row = heading(row, "theory.gd");
            row = add(row, i18n.get("theory.gd.lr"), q.gdOptimalLr());
            row = add(row, i18n.get("theory.gd.limit"), q.gdStabilityLimit());
            row = add(row, i18n.get("theory.gd.rate"), q.gdRate());
            row = heading(row, "theory.hb");
            row = add(row, i18n.get("theory.hb.lr"), q.momentumOptimalLr());
            row = add(row, i18n.get("theory.hb.mu"), q.momentumOptimalMomentum());
            add(row, i18n.get("theory.hb.rate"), q.momentumRate());
        } else {
            row = add(row, i18n.get("theory.gd.limit"), q.gdStabilityLimit());
            Label none = new Label(i18n.get("theory.notMinimum"));
            none.setWrapText(true);
            numbers.add(none, 0, row, 2, 1);
        }
        setSgd.setDisable(!minimum);
        setMomentum.setDisable(!minimum);
        selectedRate.setText(selectedText(selected, q));
        note.setText(i18n.get(theory.exact() && minimum ? "theory.envelope" : "theory.envelope.local"));
    }

    private String selectedText(OptimizerEntry selected, QuadraticTheory q) {
        String name = new OptimizerTexts(i18n).name(selected.kind());
        if (!ConvergenceRates.covers(selected.kind())) {
            return i18n.get("theory.selected.none", name);
        }
        double momentum = selected.kind() == OptimizerKind.SGD ? 0 : selected.getParams().get("momentum");
        double limit = ConvergenceRates.stableLrLimit(selected.kind(), momentum, q.lambdaMax());
        if (!q.positiveDefinite()) {
            return i18n.get("theory.selected.limit", name, Formats.number(limit));
        }
        double rate = ConvergenceRates.rate(selected.kind(), selected.getParams(), q);
        return i18n.get(rate < 1 ? "theory.selected.rate" : "theory.selected.unstable", name, Formats.number(rate),
                Formats.number(limit));
    }

    private int heading(int row, String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane.setMargin(label, new Insets(4, 0, 0, 0));
        numbers.add(label, 0, row, 2, 1);
        return row + 1;
    }

    private int add(int row, String name, double value) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        Label number = new Label(Formats.number(value));
        number.getStyleClass().addAll(Styles.TEXT_SMALL, "readout");
        number.setMinWidth(USE_PREF_SIZE);
        numbers.addRow(row, label, number);
        return row + 1;
    }

    /** Sets SGD (lr) or Momentum (lr and μ) to theory's optimal settings at the point shown, and shows it. */
    void setOptimal(OptimizerKind kind) {
        if (theory == null || !theory.numbers().positiveDefinite()) {
            return;
        }
        QuadraticTheory q = theory.numbers();
        OptimizerEntry entry = model.entry(kind);
        Map<String, Double> values = kind == OptimizerKind.SGD ? Map.of("lr", q.gdOptimalLr())
                : Map.of("lr", q.momentumOptimalLr(), "momentum", q.momentumOptimalMomentum());
        entry.setVisible(true);
        model.setParamsOf(entry, values);
    }

    private final class WhereCell extends ListCell<Where> {
        @Override
        protected void updateItem(Where item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : i18n.get(item == Where.MINIMUM ? "theory.at.minimum" : "theory.at.selected"));
        }
    }
}
