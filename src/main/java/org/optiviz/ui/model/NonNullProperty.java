package org.optiviz.ui.model;

import javafx.beans.property.SimpleObjectProperty;

/** An object property that refuses null by keeping its value, so a bound control can never clear it. */
final class NonNullProperty<T> extends SimpleObjectProperty<T> {
    NonNullProperty(Object bean, String name, T initial) {
        super(bean, name, initial);
    }

    @Override
    public void set(T value) {
        if (value != null) {
            super.set(value);
        }
    }
}
