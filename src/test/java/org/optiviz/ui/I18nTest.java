package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

/** Both languages have every text, and switching the language changes bound texts. */
class I18nTest {
    @Test
    void everyEnglishTextHasAChineseOne() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertTrue(english.size() > 90, "the window's texts: " + english.size());
        for (String key : english.stringPropertyNames()) {
            assertTrue(chinese.containsKey(key), "no Chinese text for " + key);
            if (key.startsWith("help.") || key.startsWith("params.") || key.startsWith("transport.")) {
                assertNotEquals(english.getProperty(key), chinese.getProperty(key), key + " is not translated");
            }
        }
    }

    @Test
    void followsTheLocaleAndFormatsArguments() {
        I18n i18n = new I18n(Locale.US);
        assertEquals(Locale.ENGLISH, i18n.getLocale());
        StringBinding title = i18n.text("params.title", "Adam");
        assertEquals("Hyperparameters: Adam", title.get());
        i18n.setLocale(Locale.CHINA);
        assertEquals(Locale.SIMPLIFIED_CHINESE, i18n.getLocale());
        assertEquals("超参数：Adam", title.get());
        assertEquals("✕ 在第 53 步发散", i18n.get("status.diverged", "53"));
        assertEquals("no.such.key", i18n.get("no.such.key"), "a missing text shows its key, never fails");
        assertEquals(Locale.ENGLISH, new I18n(Locale.GERMAN).getLocale(), "other languages fall back to English");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/org/optiviz/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
