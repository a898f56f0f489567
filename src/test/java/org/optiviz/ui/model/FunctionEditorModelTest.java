package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.function.ExpressionException;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/** The typed-function editor without a window: checking while typing, applying, examples, recent functions. */
class FunctionEditorModelTest {
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000, Runnable::run, Runnable::run);
    private final FunctionEditorModel editor = new FunctionEditorModel(model);

    @Test
    void aProblemIsFoundWhileTypingAndTheTextStaysAsTyped() {
        editor.textProperty().set("(x + 2y - 7^2 + sin(x");
        ExpressionException problem = editor.problemProperty().get();
        assertEquals(22, problem.column());
        assertEquals(ExpressionException.Problem.EXPECTED_CLOSE, problem.problem());
        Surface before = model.getSurface();
        assertThrows(ExpressionException.class, editor::apply);
        assertSame(before, model.getSurface(), "the race stays as it was");
        assertEquals("(x + 2y - 7^2 + sin(x", editor.textProperty().get(), "nothing typed is lost");
        editor.textProperty().set("(x + 2y - 7)^2");
        assertNull(editor.problemProperty().get());
    }

    @Test
    void applyingRacesTheFunctionOverTheTypedViewAndRemembersIt() {
        List<List<String>> saved = new ArrayList<>();
        editor.remember(List.of("x^2 + y^2"), saved::add);
        editor.textProperty().set("x^2 + 3y^2");
        editor.boundProperty(0).set("-4");
        editor.boundProperty(1).set("2");
        editor.boundProperty(2).set("−1");
        editor.boundProperty(3).set("5");
        editor.apply();
        TypedSurface typed = assertInstanceOf(TypedSurface.class, model.getSurface());
        assertEquals("x^2 + 3y^2", typed.text());
        assertEquals(new ViewBox(-4, 2, -1, 5), model.getView());
        assertEquals(List.of("x^2 + 3y^2", "x^2 + y^2"), editor.recent());
        assertEquals(List.of(List.of("x^2 + 3y^2", "x^2 + y^2")), saved);
    }

    @Test
    void aBadViewIsRefusedByNameAndChangesNothing() {
        editor.boundProperty(1).set("abc");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, editor::apply);
        assertEquals("x max: 'abc' is not a number", e.getMessage());
        editor.boundProperty(1).set("-9");
        assertThrows(IllegalArgumentException.class, editor::apply);
        assertEquals(0, editor.recent().size());
    }

    @Test
    void anExampleBringsItsTextViewAndStart() {
        FunctionExamples.Example ring = FunctionExamples.ALL.stream()
                .filter(e -> e.key().equals("example.ring")).findFirst().orElseThrow();
        editor.useExample(ring);
        assertEquals(ring.text(), editor.textProperty().get());
        assertEquals(ring.view(), model.getView());
        assertEquals(ring.start(), model.getStart());
        assertEquals("-2", editor.boundProperty(0).get());
    }

    @Test
    void theEditorFollowsATypedFunctionSetElsewhere() {
        model.setSurface(TypedSurface.of("sin(x)cos(y)", new ViewBox(-1, 1, -2, 2), null));
        assertEquals("sin(x)cos(y)", editor.textProperty().get());
        assertEquals("-2", editor.boundProperty(2).get());
    }
}
