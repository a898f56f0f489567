package org.optiviz.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's texts in the chosen language. Labels bind to {@link #text}, so switching the language relabels the
 * whole window at once; the default follows the system locale.
 */
public final class I18n {
    /** The languages offered, in the order of the switch. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    private static final String BUNDLE = "org.optiviz.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private ResourceBundle bundle;
    private Locale bundleLocale;

    public I18n(Locale initial) {
        locale.addListener((obs, old, now) -> {
            if (now == null) {
                locale.set(old);
            }
        });
        locale.set(supported(initial));
    }

    /** English unless the system speaks Chinese. */
    public static I18n forSystemLocale() {
        return new I18n(Locale.getDefault());
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale newLocale) {
        locale.set(supported(newLocale));
    }

    /** The text for a key now; a missing key shows as the key itself rather than failing. */
    public String get(String key, Object... args) {
        Locale current = locale.get();
        if (!current.equals(bundleLocale)) {
            // Loaded here rather than in a listener: bound labels may ask before any listener has run.
            bundle = load(current);
            bundleLocale = current;
        }
        // Asked first rather than caught: surface names without a translation are looked up on every frame.
        if (!bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, current).format(args);
    }

    /** The text for a key, following language switches. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    private static Locale supported(Locale wanted) {
        if (wanted != null && "zh".equals(wanted.getLanguage())) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.ENGLISH;
    }

    private static ResourceBundle load(Locale locale) {
        // ROOT fallback only: an English system must not pick up a Chinese bundle or vice versa.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
