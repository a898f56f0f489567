package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;

/** The left column: the problem (a surface, a typed function or data), start point, gradient noise and the optimizer list. */
final class ControlsPanel extends ScrollPane {
    private final MainViewModel model;
    private final I18n i18n;
    private final Consumer<String> onError;

    /** @param onTune what the "Tune lr" button beside the optimizer list does */
    ControlsPanel(MainViewModel model, I18n i18n, Consumer<String> onError, ProblemEditors problems,
                  Runnable onTune) {
        this.model = model;
        this.i18n = i18n;
        this.onError = onError;
        GridPane setup = new GridPane();
        setup.setHgap(6);
        setup.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        setup.getColumnConstraints().setAll(labels, fields);
        // The chooser on a line of its own: its entries ("Your own f(x, y)…") are longer than a surface's name.
        setup.add(heading("surface.title"), 0, 0, 2, 1);
        setup.add(problems.chooser(), 0, 1, 2, 1);
        setup.add(problems.editors(), 0, 2, 2, 1);
        Node formula = formula();
        formula.visibleProperty().bind(problems.functionShown().not());
        formula.managedProperty().bind(formula.visibleProperty());
        setup.add(formula, 0, 3, 2, 1);
        setup.addRow(4, heading("start.title"), startFields());
        setup.addRow(5, heading("noise.title"), noiseFields());
        VBox content = new VBox(8, setup, new Separator(), optimizersHeading(onTune),
                new OptimizerList(model, i18n));
        content.setPadding(new Insets(10));
        content.getStyleClass().add("controls-panel");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        UncachedViewport.of(this);
        getStyleClass().add(Tweaks.EDGE_TO_EDGE);
    }

    /** The list's heading with the button that tunes every shown optimizer's learning rate. */
    private Node optimizersHeading(Runnable onTune) {
        javafx.scene.control.Button tune = new javafx.scene.control.Button();
        tune.setId("tuneButton");
        tune.textProperty().bind(i18n.text("tune.button"));
        tune.setTooltip(Tips.of(i18n, "tune.button.tooltip"));
        tune.getStyleClass().add(Styles.SMALL);
        tune.setOnAction(e -> onTune.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, heading("optimizers.title"), gap, tune);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label heading(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().addAll(Styles.TEXT_CAPTION, "section-heading");
        return label;
    }

    private Node formula() {
        Label formula = new Label();
        formula.setId("formulaLabel");
        formula.setWrapText(true);
        formula.getStyleClass().add("formula");
        formula.textProperty().bind(model.surfaceProperty().map(Surface::formula));
        return formula;
    }

    private Node startFields() {
        ValidatedField x = new ValidatedField(() -> Formats.typed(model.getStart().x()),
                text -> model.setStart(new Point(coordinate(text, "x"), model.getStart().y())), onError);
        ValidatedField y = new ValidatedField(() -> Formats.typed(model.getStart().y()),
                text -> model.setStart(new Point(model.getStart().x(), coordinate(text, "y"))), onError);
        x.setId("startX");
        x.setNormalTooltip(Tips.of(i18n, "start.tooltip"));
        y.setNormalTooltip(Tips.of(i18n, "start.tooltip"));
        y.setId("startY");
        model.startProperty().addListener((obs, old, now) -> {
            x.refresh();
            y.refresh();
        });
        return pair("x", x, "y", y);
    }

    private Node noiseFields() {
        ValidatedField sigma = new ValidatedField(() -> Formats.typed(model.noiseSigmaProperty().get()),
                text -> model.setNoise(sigma(text), model.noiseSeedProperty().get()), onError);
        ValidatedField seed = new ValidatedField(() -> Long.toString(model.noiseSeedProperty().get()),
                text -> model.setNoise(model.noiseSigmaProperty().get(), parseLong(text)), onError);
        sigma.setId("noiseSigma");
        seed.setId("noiseSeed");
        model.noiseSigmaProperty().addListener((obs, old, now) -> sigma.refresh());
        model.noiseSeedProperty().addListener((obs, old, now) -> seed.refresh());
        Label seedLabel = new Label();
        seedLabel.textProperty().bind(i18n.text("noise.seed"));
        seedLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, new Label("σ"), sigma, seedLabel, seed);
        sigma.setNormalTooltip(Tips.of(i18n, "noise.sigma.tooltip"));
        seed.setNormalTooltip(Tips.of(i18n, "noise.seed.tooltip"));
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sigma, Priority.ALWAYS);
        HBox.setHgrow(seed, Priority.ALWAYS);
        sigma.setPrefColumnCount(4);
        seed.setPrefColumnCount(4);
        return box;
    }

    private static HBox pair(String a, ValidatedField first, String b, ValidatedField second) {
        first.setPrefColumnCount(4);
        second.setPrefColumnCount(4);
        HBox box = new HBox(6, new Label(a), first, new Label(b), second);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(first, Priority.ALWAYS);
        HBox.setHgrow(second, Priority.ALWAYS);
        return box;
    }

    private double parse(String text, String what) {
        try {
            double value = Double.parseDouble(text.replace('−', '-'));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Refusal.of(i18n, "error.number", what, text);
    }

    /** A start coordinate: within the bound past which a run counts as diverged. */
    private double coordinate(String text, String what) {
        double value = parse(text, what);
        if (!(Math.abs(value) <= Run.DIVERGENCE_BOUND)) {
            throw Refusal.outside(i18n, what, text, "[−1e8, 1e8]");
        }
        return value;
    }

    private double sigma(String text) {
        double value = parse(text, "σ");
        if (!(value >= 0)) {
            throw Refusal.outside(i18n, "σ", text, "[0, ∞)");
        }
        return value;
    }

    private long parseLong(String text) {
        try {
            return Long.parseLong(text.replace('−', '-'));
        } catch (NumberFormatException e) {
            throw Refusal.of(i18n, "error.integer", i18n.get("noise.seed"), text);
        }
    }

    /** The surface's name in the window's language; the core's name where no translation exists. */
    static String surfaceName(I18n i18n, Surface surface) {
        String key = "surface." + surface.key();
        String name = i18n.get(key);
        return name.equals(key) ? surface.displayName() : name;
    }
}
