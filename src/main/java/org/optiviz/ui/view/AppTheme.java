package org.optiviz.ui.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The AtlantaFX Primer theme, light or dark, applied to the whole application. */
public final class AppTheme {
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    public AppTheme() {
        dark.addListener((obs, old, now) -> apply());
        apply();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
