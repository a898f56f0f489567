package org.optiviz.ui.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.MessageFormat;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.PlaySpeed;

/**
 * Play speed on a logarithmic slider from one step per second to the largest speed, with the exact steps per
 * second beside it: slow enough to follow single steps in a lesson, fast enough to run thousands.
 */
final class SpeedControl extends HBox {
    private static final double LOG_MAX = Math.log10(PlaySpeed.MAX);
    private final MainViewModel model;
    private final FineSlider slider;
    private final Label value = new Label();
    private boolean updating;

    SpeedControl(MainViewModel model, I18n i18n) {
        this.model = model;
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        slider = new FineSlider(toPosition(model.getStepsPerSecond()));
        slider.setId("speedSlider");
        slider.setPrefWidth(110);
        slider.setMinWidth(50);
        slider.setTooltip(Tips.of(i18n, "transport.speed.tooltip"));
        value.setId("speedValue");
        value.getStyleClass().add("readout");
        value.setMinWidth(Region.USE_PREF_SIZE);
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                model.setStepsPerSecond(toValue(now.doubleValue()));
            }
        });
        Runnable show = () -> {
            updating = true;
            try {
                slider.setValue(toPosition(model.getStepsPerSecond()));
            } finally {
                updating = false;
            }
            value.setText(i18n.get("transport.speed.value", text(model.getStepsPerSecond())));
        };
        model.stepsPerSecondProperty().addListener((obs, old, now) -> show.run());
        i18n.localeProperty().addListener((obs, old, now) -> show.run());
        show.run();
        getChildren().addAll(slider, value);
    }

    FineSlider slider() {
        return slider;
    }

    /** Slider position in [0, 1] of a speed: log10(steps/s) over log10(max). */
    static double toPosition(double stepsPerSecond) {
        return Math.max(0, Math.min(1, Math.log10(stepsPerSecond) / LOG_MAX));
    }

    /** The speed at a slider position, to two significant digits (so the readout stays short). */
    static double toValue(double position) {
        double raw = Math.pow(10, Math.max(0, Math.min(1, position)) * LOG_MAX);
        double rounded = new BigDecimal(raw).round(new MathContext(2)).doubleValue();
        return Math.max(PlaySpeed.MIN, Math.min(PlaySpeed.MAX, rounded));
    }

    /** "2", "2.5", "60000": no trailing zeros, no grouping. */
    static String text(double stepsPerSecond) {
        return new MessageFormat("{0,number,0.##}", Locale.ROOT).format(new Object[] {stepsPerSecond});
    }
}
