package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptimizerTexts;
import org.optiviz.ui.model.LiveMode;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.model.ParamEditorModel;
import org.optiviz.ui.model.ParamField;
import org.optiviz.ui.model.ParamProblem;
import org.optiviz.ui.model.ParamText;

/**
 * The selected optimizer's hyperparameters: per value a slider (log-scale where the spec says so), a field for the
 * exact value and a reset button; the "same for all" toggle and the live mode (replay from start or continue).
 */
final class ParamPanel extends VBox {
    private final MainViewModel model;
    private final ParamEditorModel editors;
    private final I18n i18n;
    private final Consumer<String> onError;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    /** The learning-rate schedule's four values, folded away while no schedule is in use. */
    private final GridPane scheduleGrid = new GridPane();
    private final TitledPane scheduleSection = new TitledPane();
    /** The entry whose schedule section was last opened or folded by selection. */
    private OptimizerEntry folded;
    private final List<Runnable> unbinders = new ArrayList<>();
    private final ScheduleCurve schedule;

    ParamPanel(MainViewModel model, ParamEditorModel editors, I18n i18n, Consumer<String> onError) {
        this.model = model;
        this.editors = editors;
        this.i18n = i18n;
        this.onError = onError;
        setSpacing(8);
        title.setId("paramTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        // A variant's longer name ("AdaSmooth (lr=0.2, full)") wraps rather than being cut.
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        CheckBox sameForAll = new CheckBox();
        sameForAll.setId("sameForAll");
        sameForAll.textProperty().bind(i18n.text("params.sameForAll"));
        sameForAll.selectedProperty().bindBidirectional(model.sameForAllProperty());
        sameForAll.setTooltip(Tips.of(i18n, "params.sameForAll.tooltip"));
        grid.setId("paramGrid");
        scheduleGrid.setId("scheduleGrid");
        for (GridPane g : List.of(grid, scheduleGrid)) {
            g.setHgap(6);
            g.setVgap(4);
            // Per hyperparameter: symbol, exact value and reset on one line, the slider the panel's full width below.
            ColumnConstraints symbol = new ColumnConstraints();
            symbol.setHgrow(Priority.ALWAYS);
            ColumnConstraints field = new ColumnConstraints();
            field.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints reset = new ColumnConstraints();
            reset.setHalignment(HPos.CENTER);
            g.getColumnConstraints().setAll(symbol, field, reset);
        }
        Button resetAll = new Button();
        resetAll.setId("resetParams");
        resetAll.textProperty().bind(i18n.text("params.resetAll"));
        resetAll.setGraphic(new FontIcon(MaterialDesignR.RESTORE));
        resetAll.setOnAction(e -> model.resetParams(model.getSelected()));
        HBox buttons = new HBox(8, resetAll, sameForAll);
        buttons.setAlignment(Pos.CENTER_LEFT);
        schedule = new ScheduleCurve(model, i18n);
        scheduleSection.setId("scheduleSection");
        scheduleSection.textProperty().bind(i18n.text("params.schedule"));
        scheduleSection.setContent(new VBox(6, scheduleGrid, schedule));
        scheduleSection.setAnimated(false);
        getChildren().addAll(title, grid, scheduleSection, buttons, liveMode());
        model.selectedProperty().addListener((obs, old, now) -> rebuild());
        i18n.localeProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private VBox liveMode() {
        ToggleGroup group = new ToggleGroup();
        RadioButton replay = new RadioButton();
        replay.setId("modeReplay");
        replay.textProperty().bind(i18n.text("params.mode.replay"));
        replay.setTooltip(Tips.of(i18n, "params.mode.replay.tooltip"));
        RadioButton keep = new RadioButton();
        keep.setId("modeContinue");
        keep.textProperty().bind(i18n.text("params.mode.continue"));
        keep.setTooltip(Tips.of(i18n, "params.mode.continue.tooltip"));
        replay.setToggleGroup(group);
        keep.setToggleGroup(group);
        Runnable show = () -> group.selectToggle(model.liveModeProperty().get() == LiveMode.REPLAY ? replay : keep);
        show.run();
        model.liveModeProperty().addListener((obs, old, now) -> show.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                show.run();
            } else {
                model.liveModeProperty().set(now == replay ? LiveMode.REPLAY : LiveMode.CONTINUE);
            }
        });
        return new VBox(4, replay, keep);
    }

    private void rebuild() {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        grid.getChildren().clear();
        scheduleGrid.getChildren().clear();
        OptimizerEntry entry = model.getSelected();
        if (entry != folded) {
            // Open where a schedule is in use, so what shapes lr is in sight; folded otherwise, leaving the room to
            // the optimizer's own values and the loss chart below (at 1280×720 the column is shorter than its
            // content). Rebuilt for another language, the section stays as the user left it.
            scheduleSection.setExpanded(ScheduleCurve.inUse(entry.getParams()));
            folded = entry;
        }
        ChangeListener<Object> scheduled = (obs, old, now) -> {
            if (ScheduleCurve.inUse(entry.getParams())) {
                scheduleSection.setExpanded(true); // a lesson or scenario just gave it a schedule
            }
        };
        entry.paramsProperty().addListener(scheduled);
        unbinders.add(() -> entry.paramsProperty().removeListener(scheduled));
        Runnable retitle = () -> title.setText(i18n.get("params.title", entry.displayName()));
        InvalidationListener renamed = obs -> retitle.run();
        entry.nameSuffixProperty().addListener(renamed);
        unbinders.add(() -> entry.nameSuffixProperty().removeListener(renamed));
        retitle.run();
        schedule.show(entry);
        int ownRow = 0;
        int scheduleRow = 0;
        List<ParamSpec> scheduleSpecs = OptimizerKind.scheduleParams();
        for (ParamField field : editors.fieldsOf(entry)) {
            ParamSpec spec = field.spec();
            boolean ofSchedule = scheduleSpecs.contains(spec);
            GridPane into = ofSchedule ? scheduleGrid : grid;
            int row = ofSchedule ? scheduleRow : ownRow;
            Label symbol = new Label(new OptimizerTexts(i18n).symbol(spec));
            symbol.setTooltip(new Tooltip(description(entry, spec)));
            symbol.setMinWidth(Region.USE_PREF_SIZE);
            into.add(symbol, 0, row);
            Button reset = new Button(null, new FontIcon(MaterialDesignR.RESTORE));
            reset.setId("reset-" + spec.key());
            reset.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            reset.setTooltip(new Tooltip(i18n.get("params.reset.tooltip", ParamText.of(spec, field.defaultValue()))));
            reset.setOnAction(e -> field.reset());
            into.add(reset, 2, row);
            if (spec.isChoice()) {
                into.add(choice(field), 1, row);
                row++;
            } else {
                ValidatedField text = textField(field);
                Slider slider = slider(field);
                into.add(text, 1, row);
                into.add(slider, 0, row + 1, 3, 1);
                BooleanBinding unused = unusedNow(entry, spec.key());
                for (javafx.scene.Node node : List.of(symbol, text, slider, reset)) {
                    node.disableProperty().bind(unused);
                }
                unbinders.add(() -> List.of(symbol, text, slider, reset).forEach(n -> n.disableProperty().unbind()));
                row += 2;
            }
            if (ofSchedule) {
                scheduleRow = row;
            } else {
                ownRow = row;
            }
        }
    }

    /** Eve's β₁ and β₂ only act when its base is Adam: with base = sgd they are greyed out. */
    private static BooleanBinding unusedNow(OptimizerEntry entry, String key) {
        boolean adamOnly = entry.kind().key().equals("eve") && (key.equals("beta1") || key.equals("beta2"));
        return Bindings.createBooleanBinding(() -> adamOnly && entry.getParams().has("base")
                && entry.getParams().spec("base").valueText(entry.getParams().get("base")).equals("sgd"),
                entry.paramsProperty());
    }

    private Slider slider(ParamField field) {
        Slider slider = new FineSlider(field.positionProperty().get());
        slider.setId("slider-" + field.spec().key());
        slider.valueProperty().bindBidirectional(field.positionProperty());
        slider.setTooltip(new Tooltip(description(field.entry(), field.spec())));
        unbinders.add(() -> slider.valueProperty().unbindBidirectional(field.positionProperty()));
        return slider;
    }

    private ValidatedField textField(ParamField field) {
        ValidatedField text = new ValidatedField(() -> ParamText.of(field.spec(), field.value()), typed -> {
            field.textProperty().set(typed);
            if (!field.commit()) {
                ParamProblem problem = field.getProblem();
                Object[] args = problem.args();
                args[0] = new OptimizerTexts(i18n).symbol(field.spec());
                throw Refusal.of(i18n, problem.messageKey(), args);
            }
        }, onError);
        text.setId("field-" + field.spec().key());
        text.setPrefColumnCount(7);
        text.setNormalTooltip(new Tooltip(description(field.entry(), field.spec())));
        ChangeListener<Object> refresh = (obs, old, now) -> text.refresh();
        field.entry().paramsProperty().addListener(refresh);
        unbinders.add(() -> field.entry().paramsProperty().removeListener(refresh));
        return text;
    }

    private ComboBox<String> choice(ParamField field) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("choice-" + field.spec().key());
        box.getItems().setAll(field.spec().choices());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getSelectionModel().select((int) field.value());
        box.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0 && now.intValue() != (int) field.value()) {
                field.choose(now.intValue());
            }
        });
        ChangeListener<Object> refresh =
                (obs, old, now) -> box.getSelectionModel().select((int) field.value());
        field.entry().paramsProperty().addListener(refresh);
        unbinders.add(() -> field.entry().paramsProperty().removeListener(refresh));
        box.setTooltip(new Tooltip(description(field.entry(), field.spec())));
        return box;
    }

    /** What the value does, in the window's language, and its allowed range. */
    private String description(OptimizerEntry entry, ParamSpec spec) {
        OptimizerTexts texts = new OptimizerTexts(i18n);
        return texts.symbol(spec) + ": " + texts.param(entry.kind(), spec) + "\n"
                + i18n.get("params.range", spec.rangeText());
    }

}
