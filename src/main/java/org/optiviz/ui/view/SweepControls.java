package org.optiviz.ui.view;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.batch.SweepDefaults;
import org.optiviz.core.param.DecimalText;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.plot.sweep.SweepColouring;
import org.optiviz.plot.sweep.SweepSpec;
import org.optiviz.plot.view.Layout;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;

/**
 * The sweep layout's choices above the heat map: the hyperparameter across and the one up (any numeric key of the
 * selected optimizer, schedule keys included), each with its range (on the scale the key is explored on: log for lr,
 * ε and decays, linear otherwise), what colours the cells, and a button back to the default axes. Shown only in the
 * sweep layout; every change recomputes the sweep in the background.
 */
final class SweepControls extends FlowPane {
    private final MainViewModel model;
    private final I18n i18n;
    private final Consumer<String> onError;
    private final ComboBox<String> xKey = new ComboBox<>();
    private final ComboBox<String> yKey = new ComboBox<>();
    private final ValidatedField xLo;
    private final ValidatedField xHi;
    private final ValidatedField yLo;
    private final ValidatedField yHi;
    private final ComboBox<SweepColouring> colouring = new ComboBox<>();
    private final Label problem = new Label();
    private boolean filling;

    SweepControls(MainViewModel model, I18n i18n, Consumer<String> onError) {
        super(10, 4);
        this.model = model;
        this.i18n = i18n;
        this.onError = onError;
        setId("sweepControls");
        getStyleClass().add("sweep-controls");
        setPadding(new Insets(4, 6, 4, 6));
        setAlignment(Pos.CENTER_LEFT);
        xKey.setId("sweepXKey");
        yKey.setId("sweepYKey");
        xLo = range(true, true);
        xHi = range(true, false);
        yLo = range(false, true);
        yHi = range(false, false);
        xKey.setOnAction(e -> chooseKey(true, xKey.getValue()));
        yKey.setOnAction(e -> chooseKey(false, yKey.getValue()));
        colouring.setId("sweepColouring");
        colouring.getItems().setAll(SweepColouring.values());
        colouring.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepColouring c) {
                return c == null ? "" : i18n.get("sweep.colour." + c.key());
            }

            @Override
            public SweepColouring fromString(String s) {
                return null;
            }
        });
        colouring.setOnAction(e -> {
            if (!filling && colouring.getValue() != null) {
                model.sweep.set(model.sweep.get().withColouring(colouring.getValue()));
            }
        });
        Button defaults = new Button();
        defaults.setId("sweepDefaults");
        defaults.textProperty().bind(i18n.text("sweep.defaults"));
        defaults.setOnAction(e -> model.sweep.set(SweepSpec.DEFAULT.withColouring(model.sweep.get().colouring())));
        problem.getStyleClass().add("danger");
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(group("sweep.across", xKey, xLo, new Label("–"), xHi),
                group("sweep.up", yKey, yLo, new Label("–"), yHi), group("sweep.colour", colouring), defaults,
                problem);
        visibleProperty().bind(model.layoutProperty().isEqualTo(Layout.SWEEP));
        managedProperty().bind(visibleProperty());
        model.selectedProperty().addListener((obs, old, now) -> fill());
        model.setupProperty().addListener((obs, old, now) -> fill());
        model.sweep.addListener((obs, old, now) -> fill());
        i18n.localeProperty().addListener((obs, old, now) -> fill());
        fill();
    }

    /** Shows why the selected optimizer has no sweep (null: it has one). */
    void showProblem(String text) {
        problem.setText(text == null ? "" : i18n.get("sweep.none", text));
        problem.setVisible(text != null);
    }

    private HBox group(String labelKey, javafx.scene.Node... nodes) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        HBox box = new HBox(4, label);
        box.getChildren().addAll(nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ValidatedField range(boolean across, boolean low) {
        ValidatedField field = new ValidatedField(() -> {
            SweepAxis axis = axis(across);
            return axis == null ? "" : Formats.typed(low ? axis.lo() : axis.hi());
        }, text -> setEnd(across, low, text), onError);
        field.setId("sweep" + (across ? "X" : "Y") + (low ? "Lo" : "Hi"));
        field.setPrefColumnCount(6);
        return field;
    }

    private SweepAxis axis(boolean across) {
        Hyperparams base = model.getSelected().getParams();
        return across ? model.sweep.get().xFor(base) : model.sweep.get().yFor(base);
    }

    private void setEnd(boolean across, boolean low, String text) {
        SweepAxis axis = axis(across);
        if (axis == null) {
            return;
        }
        double value;
        try {
            value = DecimalText.parse(text);
        } catch (NumberFormatException e) {
            throw Refusal.of(i18n, "error.number", axis.key(), text);
        }
        String outside = model.getSelected().getParams().spec(axis.key()).problemWith(value);
        if (outside != null) {
            throw Refusal.of(i18n, "sweep.range.bad", axis.key(), outside);
        }
        SweepAxis changed;
        try {
            changed = new SweepAxis(axis.key(), low ? value : axis.lo(), low ? axis.hi() : value, axis.log(),
                    axis.n());
        } catch (IllegalArgumentException e) {
            throw Refusal.of(i18n, "sweep.range.bad", axis.key(), e.getMessage());
        }
        set(across, changed);
    }

    private void chooseKey(boolean across, String key) {
        if (filling || key == null) {
            return;
        }
        SweepAxis axis = axis(across);
        if (axis != null && axis.key().equals(key)) {
            return;
        }
        Hyperparams base = model.getSelected().getParams();
        SweepAxis chosen = SweepDefaults.axis(base, key, axis == null ? SweepDefaults.VALUES : axis.n());
        SweepAxis other = axis(!across);
        SweepSpec spec = model.sweep.get();
        if (other != null && other.key().equals(key)) {
            // Choosing the other axis's key swaps the two.
            spec = across ? spec.withY(axis) : spec.withX(axis);
        }
        model.sweep.set(across ? spec.withX(chosen) : spec.withY(chosen));
    }

    private void set(boolean across, SweepAxis axis) {
        SweepSpec spec = model.sweep.get();
        Hyperparams base = model.getSelected().getParams();
        // Keep the other axis as shown (it may be a default) so that it does not move when this one changes.
        model.sweep.set(across ? spec.withX(axis).withY(spec.yFor(base)) : spec.withY(axis).withX(spec.xFor(base)));
    }

    /** Puts the selected optimizer's keys and the axes in effect into the choosers. */
    private void fill() {
        filling = true;
        try {
            Hyperparams base = model.getSelected().getParams();
            List<String> keys = SweepDefaults.sweepable(base);
            xKey.getItems().setAll(keys);
            yKey.getItems().setAll(keys);
            SweepAxis x = axis(true);
            SweepAxis y = axis(false);
            xKey.setValue(x == null ? null : x.key());
            yKey.setValue(y == null ? null : y.key());
            colouring.setValue(model.sweep.get().colouring());
            for (ValidatedField field : List.of(xLo, xHi, yLo, yHi)) {
                field.refresh();
            }
        } finally {
            filling = false;
        }
    }
}
