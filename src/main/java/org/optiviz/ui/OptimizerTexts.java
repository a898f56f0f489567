package org.optiviz.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.ParamSpec;

/**
 * The window's words for an optimizer, its hyperparameters and internals, from the bundles; an optimizer the
 * bundles do not name yet (a plug-in) gets words made from its own definition instead of raw keys or a failure.
 * {@link #bundleKeys} lists the keys a fully translated optimizer has, so a test finds any that are missing.
 */
public final class OptimizerTexts {
    private final I18n i18n;

    public OptimizerTexts(I18n i18n) {
        this.i18n = i18n;
    }

    /** Its name, as the bundles give it, else its display name. */
    public String name(OptimizerKind kind) {
        return lookup("optimizer." + kind.key(), kind.displayName());
    }

    /** What its rule does in one line, else its name with its hyperparameters' keys. */
    public String tooltip(OptimizerKind kind) {
        StringBuilder keys = new StringBuilder();
        for (ParamSpec spec : kind.params()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(spec.key());
        }
        return lookup("optimizer." + kind.key() + ".tooltip", kind.displayName() + " (" + keys + ")");
    }

    /**
     * What a hyperparameter does: the optimizer's own text ("param.adamw.weight_decay"), else the shared one
     * ("param.weight_decay"), else the spec's English description.
     */
    public String param(OptimizerKind kind, ParamSpec spec) {
        return lookup("param." + kind.key() + "." + spec.key(), lookup("param." + spec.key(), spec.description()));
    }

    /** The short name shown beside a hyperparameter's field: its symbol, or a word in this language. */
    public String symbol(ParamSpec spec) {
        return lookup("symbol." + spec.key(), spec.symbol());
    }

    /** The label of an internal, else its name with spaces ("step_x" reads "step x"). */
    public String internal(String name) {
        return lookup("internal." + name, name.replace('_', ' '));
    }

    /**
     * The bundle keys that name and explain this optimizer: name, tooltip, every internal and, per hyperparameter,
     * the optimizer's own key if {@code has} says the bundle has it, else the shared one.
     */
    public static List<String> bundleKeys(OptimizerKind kind, java.util.function.Predicate<String> has) {
        List<String> keys = new ArrayList<>();
        keys.add("optimizer." + kind.key());
        keys.add("optimizer." + kind.key() + ".tooltip");
        for (ParamSpec spec : kind.params()) {
            String own = "param." + kind.key() + "." + spec.key();
            keys.add(has.test(own) ? own : "param." + spec.key());
        }
        for (String internal : kind.internals()) {
            keys.add("internal." + internal.toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    private String lookup(String key, String fallback) {
        String text = i18n.get(key);
        return text.equals(key) ? fallback : text;
    }
}
