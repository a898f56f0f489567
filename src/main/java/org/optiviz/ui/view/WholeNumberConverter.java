package org.optiviz.ui.view;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * Text ↔ whole number for editable spinners: typed text that is not a whole number keeps the current value
 * (instead of throwing from inside the spinner) and is reported to {@code onBadText}.
 */
public final class WholeNumberConverter extends StringConverter<Integer> {
    private final Supplier<Integer> current;
    private final Consumer<String> onBadText;

    public WholeNumberConverter(Supplier<Integer> current, Consumer<String> onBadText) {
        this.current = current;
        this.onBadText = onBadText;
    }

    @Override
    public String toString(Integer value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public Integer fromString(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            onBadText.accept(text);
            return current.get();
        }
    }
}
