package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.testkit.SignDescent;

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
    void everyRegisteredOptimizerIsNamedAndExplainedInBothLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (String key : OptimizerTexts.bundleKeys(kind, english::containsKey)) {
                assertTrue(english.containsKey(key), "no English text for " + key);
                assertTrue(chinese.containsKey(key), "no Chinese text for " + key);
            }
            String tooltip = "optimizer." + kind.key() + ".tooltip";
            assertNotEquals(english.getProperty(tooltip), chinese.getProperty(tooltip), tooltip + " is not translated");
        }
    }

    /** "ramp", "period", "β₁ map"... are words, so Chinese needs its own; β₂, ε or lr are read alike in both. */
    @Test
    void hyperparametersNamedByAWordAreNamedInChineseToo() {
        OptimizerTexts chinese = new OptimizerTexts(new I18n(Locale.SIMPLIFIED_CHINESE));
        OptimizerTexts english = new OptimizerTexts(new I18n(Locale.ENGLISH));
        int words = 0;
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (var spec : kind.params()) {
                assertEquals(spec.symbol(), english.symbol(spec));
                if (spec.symbol().matches("(.*\\s)?[a-z]{3,}")) {
                    words++;
                    assertNotEquals(spec.symbol(), chinese.symbol(spec), spec.key() + " keeps its English word");
                }
            }
        }
        assertTrue(words >= 4, "the schedule's ramp, decay, period and rate at least: " + words);
        assertEquals("预热", chinese.symbol(OptimizerKind.byKey("sgd").params().get(1)));
    }

    @Test
    void anOptimizerTheBundlesDoNotNameGetsWordsFromItsDefinition() throws IOException {
        Properties english = load("messages.properties");
        try (SignDescent.Scope registered = SignDescent.register()) {
            OptimizerKind kind = registered.kind();
            List<String> missing = OptimizerTexts.bundleKeys(kind, english::containsKey).stream()
                    .filter(key -> !english.containsKey(key)).toList();
            assertTrue(missing.contains("optimizer.signdescent.tooltip"), "the bundle test would find " + missing);
            OptimizerTexts texts = new OptimizerTexts(new I18n(Locale.SIMPLIFIED_CHINESE));
            assertEquals("SignDescent", texts.name(kind));
            assertEquals("SignDescent (lr, shrink, warmup, decay, decay_steps, decay_rate)", texts.tooltip(kind));
            assertEquals("scale", texts.internal("scale"));
            assertEquals("factor by which the step shrinks each time", texts.param(kind, kind.params().get(1)));
            assertEquals("学习率：每一步沿（缩放后的）梯度移动多远", texts.param(kind, kind.params().get(0)),
                    "shared texts still apply");
            assertEquals("lrₜ（经过调度后的学习率）", texts.internal("lr_t"));
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
