package org.optiviz.ui.view;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A slider over positions 0..1 that moves in small steps: an arrow key moves it a hundredth of its travel,
 * Shift+arrow a tenth (on a log scale that is a constant factor of the value). It grows with its column, so a
 * wider panel gives finer dragging, and dragging with Shift held moves it a tenth as far as the pointer.
 */
final class FineSlider extends Slider {
    /** Position change of one arrow key press; Shift moves ten times as far. */
    static final double SMALL_STEP = 0.01;
    static final double LARGE_STEP = 0.1;

    /** Shift-drag moves the knob this much less than the pointer. */
    static final double FINE_DRAG = 10;
    private double anchorX = Double.NaN;
    private double anchorValue;

    FineSlider(double position) {
        super(0, 1, position);
        setBlockIncrement(SMALL_STEP);
        setMaxWidth(Double.MAX_VALUE);
        // Caught before the skin's own handling, which would move by the block increment without Shift.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int direction = direction(e.getCode());
            if (direction != 0) {
                double step = e.isShiftDown() ? LARGE_STEP : SMALL_STEP;
                setValue(Math.max(0, Math.min(1, getValue() + direction * step)));
                e.consume();
            }
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            anchorX = Double.NaN;
            if (e.isShiftDown()) {
                anchor(e.getX());
                requestFocus();
                e.consume();
            }
        });
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!e.isShiftDown()) {
                anchorX = Double.NaN;
                return;
            }
            if (Double.isNaN(anchorX)) {
                anchor(e.getX());
            }
            double travel = Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset());
            setValue(Math.max(0, Math.min(1, anchorValue + (e.getX() - anchorX) / travel / FINE_DRAG)));
            e.consume();
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> anchorX = Double.NaN);
    }

    private void anchor(double x) {
        anchorX = x;
        anchorValue = getValue();
    }

    private static int direction(KeyCode code) {
        return switch (code) {
            case RIGHT, UP -> 1;
            case LEFT, DOWN -> -1;
            default -> 0;
        };
    }
}
