package org.optiviz.io.scenario;

import java.util.Locale;
import java.util.Objects;

/** A short text in English and, optionally, Simplified Chinese (a lesson's title or explanation). */
public record LocalizedText(String en, String zhCn) {
    public LocalizedText {
        Objects.requireNonNull(en, "en");
    }

    /** The text for this locale: Chinese for any zh locale when there is one, English otherwise. */
    public String in(Locale locale) {
        return zhCn != null && "zh".equals(locale.getLanguage()) ? zhCn : en;
    }
}
