package org.optiviz.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optiviz.core.param.ParamSpec;

/** The hyperparameter editors of each optimizer, made once and kept, so the panel can switch between them. */
public final class ParamEditorModel {
    private final MainViewModel model;
    private final Map<OptimizerEntry, List<ParamField>> fields = new HashMap<>();

    public ParamEditorModel(MainViewModel model) {
        this.model = model;
    }

    /** One field per hyperparameter, in the optimizer's order. */
    public List<ParamField> fieldsOf(OptimizerEntry entry) {
        return fields.computeIfAbsent(entry, e -> {
            List<ParamField> list = new ArrayList<>();
            for (ParamSpec spec : e.kind().params()) {
                list.add(new ParamField(model, e, spec));
            }
            return Collections.unmodifiableList(list);
        });
    }

    public ParamField field(OptimizerEntry entry, String key) {
        for (ParamField field : fieldsOf(entry)) {
            if (field.spec().key().equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException(entry.kind().key() + " has no hyperparameter '" + key + "'");
    }
}
