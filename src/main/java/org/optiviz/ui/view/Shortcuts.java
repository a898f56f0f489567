package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts, caught before the focused control sees the key. Plain keys (Space, R, F, G, →)
 * are left to text fields while typing, and → to a focused slider, so shortcuts never eat input. Each shortcut
 * carries the bundle key of what it does, so the help overlay lists exactly what is installed.
 */
final class Shortcuts {
    /** One shortcut: the keys, the bundle key describing it, and whether a text field's typing takes precedence. */
    record Shortcut(KeyCombination keys, String helpKey, boolean plain, Runnable action) {
    }

    private final List<Shortcut> shortcuts = new ArrayList<>();

    /** A key that acts only when no text field (or spinner, or slider for →) has focus. */
    Shortcuts plain(KeyCode code, String helpKey, Runnable action) {
        shortcuts.add(new Shortcut(new KeyCodeCombination(code), helpKey, true, action));
        return this;
    }

    /** A key combination (or function key) that acts wherever the focus is. */
    Shortcuts always(KeyCombination keys, String helpKey, Runnable action) {
        shortcuts.add(new Shortcut(keys, helpKey, false, action));
        return this;
    }

    /** Every shortcut, in the order added. */
    List<Shortcut> list() {
        return List.copyOf(shortcuts);
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Shortcut shortcut : shortcuts) {
                if (shortcut.keys().match(event) && (!shortcut.plain() || !typingTarget(scene.getFocusOwner(), event))) {
                    shortcut.action().run();
                    event.consume();
                    return;
                }
            }
        });
    }

    /** Ctrl+S and friends. */
    static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** How keys are written in the help: the platform's accelerator text, with arrows as arrows. */
    static String displayText(KeyCombination keys) {
        return keys.getDisplayText().replace("Right", "→").replace("Left", "←");
    }

    private static boolean typingTarget(Node focus, KeyEvent event) {
        return focus instanceof TextInputControl || isInsideSpinner(focus)
                || (event.getCode() == KeyCode.RIGHT && focus instanceof Slider);
    }

    private static boolean isInsideSpinner(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Spinner<?>) {
                return true;
            }
        }
        return false;
    }
}
