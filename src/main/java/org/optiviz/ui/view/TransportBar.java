package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.optiviz.ui.I18n;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.LayoutKinds;
import org.optiviz.ui.model.MainViewModel;

/** Play/pause, step, reset, speed, step counter and limit, and the overlay/grid layout switch. */
final class TransportBar extends HBox {
    private final MainViewModel model;
    private final I18n i18n;

    TransportBar(MainViewModel model, I18n i18n, Consumer<String> onError) {
        this.model = model;
        this.i18n = i18n;
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);

        Button play = iconButton("playButton", MaterialDesignP.PLAY, "transport.play.tooltip");
        play.setOnAction(e -> model.togglePlaying());
        model.playingProperty().addListener((obs, was, now) ->
                ((FontIcon) play.getGraphic()).setIconCode(now ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        play.getStyleClass().add(Styles.ACCENT);
        Button step = iconButton("stepButton", MaterialDesignS.STEP_FORWARD, "transport.step.tooltip");
        step.setOnAction(e -> model.stepOnce());
        Button reset = iconButton("resetButton", MaterialDesignR.RESTART, "transport.reset.tooltip");
        reset.setOnAction(e -> model.reset());

        SpeedControl speed = new SpeedControl(model, i18n);

        Label counter = new Label();
        counter.setId("stepCounter");
        counter.getStyleClass().add("step-counter");
        counter.textProperty().bind(model.stepProperty().asString());
        counter.setMinWidth(Region.USE_PREF_SIZE);
        counter.setPadding(new Insets(0, 0, 0, 10));
        counter.setTooltip(Tips.of(i18n, "transport.counter.tooltip"));
        counter.setAlignment(Pos.CENTER_RIGHT);
        ValidatedField limit = new ValidatedField(() -> Long.toString(model.getStepLimit()),
                text -> model.setStepLimit(parseLimit(text)), onError);
        limit.setId("stepLimit");
        limit.setPrefColumnCount(5);
        limit.setMinWidth(Region.USE_PREF_SIZE);
        limit.setNormalTooltip(Tips.of(i18n, "transport.limit.tooltip"));
        model.stepLimitProperty().addListener((obs, old, now) -> limit.refresh());

        getChildren().addAll(play, step, reset, speed, counter,
                new Label("/"), limit, layoutSwitch());
    }

    private HBox layoutSwitch() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton overlay = new ToggleButton(null, new FontIcon(MaterialDesignL.LAYERS_OUTLINE));
        overlay.setId("layoutOverlay");
        overlay.setTooltip(Tips.of(i18n, "layout.overlay"));
        overlay.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton grid = new ToggleButton(null, new FontIcon(MaterialDesignV.VIEW_GRID_OUTLINE));
        grid.setId("layoutGrid");
        grid.setTooltip(Tips.of(i18n, "layout.grid"));
        grid.getStyleClass().add(Styles.CENTER_PILL);
        ToggleButton map = new ToggleButton(null, new FontIcon(MaterialDesignM.MAP_OUTLINE));
        map.setId("layoutMap");
        map.setTooltip(Tips.of(i18n, "layout.map"));
        map.getStyleClass().add(Styles.CENTER_PILL);
        ToggleButton sweep = new ToggleButton(null, new FontIcon(MaterialDesignT.TABLE_LARGE));
        sweep.setId("layoutSweep");
        sweep.setTooltip(Tips.of(i18n, "layout.sweep"));
        sweep.getStyleClass().add(Styles.RIGHT_PILL);
        overlay.setToggleGroup(group);
        grid.setToggleGroup(group);
        map.setToggleGroup(group);
        sweep.setToggleGroup(group);
        Runnable show = () -> group.selectToggle(model.getLayout() == Layout.MAP ? map
                : model.getLayout() == Layout.SWEEP ? sweep
                : LayoutKinds.isGrid(model.getLayout()) ? grid : overlay);
        show.run();
        model.layoutProperty().addListener((obs, old, now) -> show.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                show.run();
            } else {
                // Overlay and grid keep the 3D switch's choice; the map and the sweep are flat.
                model.setLayout(now == map ? Layout.MAP : now == sweep ? Layout.SWEEP
                        : LayoutKinds.withGrid(model.getLayout(), now == grid));
            }
        });
        ToggleButton surface = SurfaceToggle.of(model, i18n);
        HBox box = new HBox(overlay, grid, map, sweep, surface);
        for (ToggleButton pill : List.of(overlay, grid, map, sweep, surface)) {
            pill.setStyle("-fx-padding: 0.4em 0.3em 0.4em 0.3em;"); // narrow pills: five fit where two did
        }
        HBox.setMargin(surface, new Insets(0, 0, 0, 2));
        box.setAlignment(Pos.CENTER_LEFT);
        // no padding before the pills: with five of them the bar still fits a 1000-pixel window
        return box;
    }

    private long parseLimit(String text) {
        long limit;
        try {
            limit = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Refusal.of(i18n, "error.integer", i18n.get("transport.limit"), text);
        }
        if (limit < 1 || limit > MainViewModel.MAX_STEP_LIMIT) {
            throw Refusal.outside(i18n, i18n.get("transport.limit"), text, "[1, " + MainViewModel.MAX_STEP_LIMIT + "]");
        }
        return limit;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.setPadding(new Insets(0, 0, 0, 8));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Button iconButton(String id, Ikon icon, String tooltipKey) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setTooltip(Tips.of(i18n, tooltipKey));
        return button;
    }

}
