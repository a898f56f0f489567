package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field whose typed value is applied on Enter or when focus leaves. A refused value (the apply step throws
 * IllegalArgumentException) turns the field red with the reason in its tooltip and the status bar; the model keeps
 * its last good value. Enter on a good value and Escape (which puts the value in effect back) hand the focus to
 * the plot, so Space plays again; a refused value still in the field when the focus leaves is replaced by the value
 * in effect, so a field never shows a number that is not in use.
 */
public final class ValidatedField extends TextField {
    /** The node that takes the keyboard after Enter or Escape. */
    static final String FOCUS_HOME = "#plotArea";
    private final Supplier<String> current;
    private final Consumer<String> apply;
    private final Consumer<String> onError;
    private final Tooltip errorTip = new Tooltip();
    private Tooltip normalTip;

    public ValidatedField(Supplier<String> current, Consumer<String> apply, Consumer<String> onError) {
        this.current = current;
        this.apply = apply;
        this.onError = onError;
        setText(current.get());
        setOnAction(e -> {
            if (commit()) {
                returnFocus();
            }
        });
        focusedProperty().addListener((obs, was, now) -> {
            if (!now && !commit()) {
                // The status bar still says why; the field goes back to the value in use.
                refresh();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh();
                returnFocus();
                e.consume();
            }
        });
    }

    /** Shows this tooltip while the field is good. */
    public void setNormalTooltip(Tooltip tip) {
        normalTip = tip;
        if (!isInvalid()) {
            setTooltip(tip);
        }
    }

    /** Applies the text; returns whether it was accepted. */
    public boolean commit() {
        try {
            apply.accept(getText() == null ? "" : getText().trim());
        } catch (IllegalArgumentException e) {
            markInvalid(e.getMessage());
            return false;
        }
        refresh();
        return true;
    }

    /** Shows the model's value again and clears the error state. */
    public void refresh() {
        pseudoClassStateChanged(Styles.STATE_DANGER, false);
        setTooltip(normalTip);
        if (!isFocused() || !current.get().equals(getText())) {
            setText(current.get());
        }
    }

    /** Gives the keyboard back to the plot (where Space, R and the arrows act), or to the window. */
    private void returnFocus() {
        if (getScene() == null) {
            return;
        }
        Node home = getScene().lookup(FOCUS_HOME);
        (home != null ? home : getScene().getRoot()).requestFocus();
    }

    public boolean isInvalid() {
        return getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    private void markInvalid(String reason) {
        pseudoClassStateChanged(Styles.STATE_DANGER, true);
        errorTip.setText(reason);
        setTooltip(errorTip);
        onError.accept(reason);
    }
}
