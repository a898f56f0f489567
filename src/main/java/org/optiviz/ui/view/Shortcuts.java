package org.optiviz.ui.view;

import java.util.Map;
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
 * are left to text fields while typing, and → to a focused slider, so shortcuts never eat input.
 */
final class Shortcuts {
    private Shortcuts() {
    }

    /** Keys that act only when no text field has focus. */
    static void install(Scene scene, Map<KeyCode, Runnable> plainKeys, Map<KeyCombination, Runnable> combinations) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Map.Entry<KeyCombination, Runnable> entry : combinations.entrySet()) {
                if (entry.getKey().match(event)) {
                    entry.getValue().run();
                    event.consume();
                    return;
                }
            }
            if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()) {
                return;
            }
            Runnable action = plainKeys.get(event.getCode());
            Node focus = scene.getFocusOwner();
            if (action == null || focus instanceof TextInputControl || isInsideSpinner(focus)
                    || (event.getCode() == KeyCode.RIGHT && focus instanceof Slider)) {
                return;
            }
            action.run();
            event.consume();
        });
    }

    /** Ctrl+S and friends. */
    static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
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
