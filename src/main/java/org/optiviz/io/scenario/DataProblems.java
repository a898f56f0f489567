package org.optiviz.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.io.data.DataException;
import org.optiviz.io.data.DataSets;

/**
 * A scenario's {@code "data"}: a bundled set's name or a CSV file's path, the two columns, the model, the batch
 * size and whether x is standardised.
 */
final class DataProblems {
    private static final List<String> KEYS = List.of("set", "columns", "model", "batch", "standardize");

    private DataProblems() {
    }

    static DataModel read(JsonNode node) throws ScenarioException {
        JsonFields fields = JsonFields.of(node, "data", KEYS);
        String set = fields.requireText("set", "a bundled data set (" + DataSets.names() + ") or a CSV file");
        String[] columns = null;
        if (fields.has("columns")) {
            JsonNode c = fields.get("columns");
            if (!c.isArray() || c.size() != 2 || !c.get(0).isTextual() || !c.get(1).isTextual()) {
                throw new ScenarioException("data.columns", "expected two column names [\"x\", \"y\"], got "
                        + JsonFields.shown(c));
            }
            columns = new String[] {c.get(0).asText(), c.get(1).asText()};
        }
        DataSet data;
        try {
            data = DataSets.load(set, columns);
        } catch (DataException e) {
            throw new ScenarioException("data.set", e.getMessage());
        }
        Model model;
        try {
            model = Model.byKey(fields.has("model") ? fields.requireText("model", "linear or logistic")
                    : DataSets.suggestedModel(set));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("data.model", e.getMessage());
        }
        int batch = (int) fields.integer("batch", data.size(), 1, data.size());
        boolean standardize = fields.bool("standardize", false);
        try {
            return DataModel.of(data, model, batch, standardize);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("data", e.getMessage());
        }
    }
}
