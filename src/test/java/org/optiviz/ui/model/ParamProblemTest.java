package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.ui.I18n;

/** Refused hyperparameter values are described by kind, and said in English or Chinese from the bundles. */
class ParamProblemTest {
    private final ParamSpec beta1 = OptimizerKind.ADAM.params().stream()
            .filter(p -> p.key().equals("beta1")).findFirst().orElseThrow();
    private final ParamSpec base = OptimizerKind.EVE.params().stream()
            .filter(ParamSpec::isChoice).findFirst().orElseThrow();

    @Test
    void eachKindOfProblemIsRecognised() {
        assertEquals(ParamProblem.Kind.NOT_A_NUMBER, ParamProblem.ofText(beta1, "abc").kind());
        assertEquals(ParamProblem.Kind.NOT_A_NUMBER, ParamProblem.ofText(beta1, "").kind());
        assertEquals(ParamProblem.Kind.NOT_FINITE, ParamProblem.ofText(beta1, "NaN").kind());
        assertEquals(ParamProblem.Kind.NOT_FINITE, ParamProblem.ofValue(beta1, Double.POSITIVE_INFINITY).kind());
        assertEquals(ParamProblem.Kind.OUTSIDE, ParamProblem.ofText(beta1, " 1.5 ").kind());
        assertEquals(ParamProblem.Kind.OUTSIDE, ParamProblem.ofValue(beta1, -0.1).kind());
        assertEquals(ParamProblem.Kind.NOT_A_CHOICE, ParamProblem.ofText(base, "rmsprop").kind());
        assertEquals(ParamProblem.Kind.NOT_A_CHOICE, ParamProblem.ofValue(base, 7).kind());
        assertNull(ParamProblem.ofText(beta1, "0.5"));
        assertNull(ParamProblem.ofText(base, base.choices().get(0).toUpperCase(Locale.ROOT)));
        assertNull(ParamProblem.ofValue(beta1, 0));
    }

    @Test
    void agreesWithTheCoreOnEveryTypedValue() {
        for (String text : new String[] {"abc", "", "NaN", "Infinity", "1", "0.999", "1.5", "-0", "0", "1e-3"}) {
            boolean coreAccepts = beta1.problemWith(parseOr(text)) == null && !Double.isNaN(parseOr(text));
            assertEquals(coreAccepts, ParamProblem.ofText(beta1, text) == null, text);
        }
    }

    @Test
    void messagesAreInTheUsersLanguage() {
        I18n english = new I18n(Locale.ENGLISH);
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        ParamProblem outside = ParamProblem.ofText(beta1, "1.5");
        assertEquals(beta1.symbol() + ": 1.5 is outside " + beta1.rangeText(),
                english.get(outside.messageKey(), outside.args()));
        ParamProblem[] problems = {ParamProblem.ofText(beta1, "abc"), ParamProblem.ofText(beta1, "NaN"), outside,
            ParamProblem.ofText(base, "rmsprop")};
        for (ParamProblem problem : problems) {
            String en = english.get(problem.messageKey(), problem.args());
            String zh = chinese.get(problem.messageKey(), problem.args());
            assertFalse(en.equals(problem.messageKey()), "English text for " + problem.kind());
            assertFalse(zh.equals(problem.messageKey()), "Chinese text for " + problem.kind());
            for (String word : new String[] {" is ", "number", "outside", "one of"}) {
                assertFalse(zh.contains(word), zh);
            }
            assertTrue(zh.contains(problem.value()) && zh.contains(problem.spec().symbol()), zh);
        }
        assertTrue(chinese.get(outside.messageKey(), outside.args()).contains(beta1.rangeText()));
    }

    @Test
    void fieldReportsTheProblemAndKeepsTheValue() {
        MainViewModel model = new MainViewModel(kind -> 0xFF000000);
        ParamField field = new ParamEditorModel(model).field(model.entry(OptimizerKind.ADAM), "beta1");
        double before = field.value();
        field.textProperty().set("1.5");
        assertFalse(field.commit());
        assertEquals(ParamProblem.Kind.OUTSIDE, field.getProblem().kind());
        assertEquals(before, field.value());
    }

    private static double parseOr(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
