package org.optiviz.io.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optiviz.testkit.ReferenceVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;

class DataCsvTest {
    private static DataSet read(String csv, String... columns) throws Exception {
        return DataCsv.read(new StringReader(csv), "f.csv", columns.length == 0 ? null : columns);
    }

    @Test
    void readsNamedOrFirstNumericColumnsAfterComments() throws Exception {
        DataSet first = read("# from somewhere\n# public domain\nname,a,b,c\nx,1,2,3\ny,4,5,6\n\n");
        assertEquals("a", first.xName());
        assertEquals("b", first.yName());
        assertArrayEquals(new double[] {1, 4}, first.xs());
        assertEquals("from somewhere public domain", first.source());
        DataSet named = read("name,a,b,c\nx,1,2,3\ny,4,5,6\n", "c", "a");
        assertArrayEquals(new double[] {3, 6}, named.xs());
        assertArrayEquals(new double[] {1, 4}, named.ys());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a,b\\n1,2\\n3|f.csv: line 3: expected 2 values as in the header, got 1",
        "a,b\\n1,2\\n3,x|f.csv: line 3, column b: 'x' is not a number",
        "a,b\\n1,2\\n3,inf|f.csv: line 3, column b: 'inf' is not a finite number",
        "a,b\\n1,2\\n1e999,2|f.csv: line 3, column a: '1e999' is not a finite number",
        "# only a comment\\n|f.csv: no header row; expected column names such as x,y on the first line",
        "a,b\\n|f.csv: no rows after the header on line 1",
        "n,a\\nx,1|f.csv: line 2 has fewer than two numbers; choose the columns by name (n, a)",
    })
    void badFilesNameTheLineAndColumn(String csv, String expected) {
        String text = csv.replace("\\n", "\n"); // rows written as \n in the table
        assertEquals(expected, assertThrows(DataException.class, () -> read(text)).getMessage());
    }

    @Test
    void unknownColumnsAreNamed() {
        assertEquals("f.csv: no column 'z'; the columns are a, b",
                assertThrows(DataException.class, () -> read("a,b\n1,2\n", "z", "a")).getMessage());
    }

    @Test
    void bundledSetsLoadWithTheirSource() throws Exception {
        for (DataSets.Bundled bundled : DataSets.BUNDLED) {
            DataSet set = DataSets.load(bundled.name(), null);
            assertTrue(set.size() >= 30, bundled.name());
            assertTrue(set.source().contains("Source:"), bundled.name());
            DataModel.of(set, Model.byKey(bundled.model()), set.size(), false); // labels fit the model
        }
        assertEquals(272, DataSets.load("old-faithful", null).size());
    }

    @Test
    void dataRowsOfTheReferenceAgreeToNineDigits() throws Exception {
        Map<String, List<String[]>> runs = new LinkedHashMap<>();
        for (String line : ReferenceVectors.lines("problems.csv")) {
            if (line.startsWith("\"data:")) {
                int close = line.indexOf('"', 1);
                String problem = line.substring(1, close);
                String[] cells = line.substring(close + 2).split(",", -1);
                runs.computeIfAbsent(problem + "|" + cells[2] + "|" + cells[3], k -> new ArrayList<>())
                        .add(concat(problem, cells));
            }
        }
        assertEquals(2, runs.size());
        DataSet toy;
        for (List<String[]> rows : runs.values()) {
            String[] first = rows.get(0);
            // "data:toy-data.csv columns=x,y model=linear"
            String[] words = first[0].split(" ");
            String[] columns = words[1].substring("columns=".length()).split(",");
            Model model = Model.byKey(words[2].substring("model=".length()));
            try (InputStream in = DataCsvTest.class.getResourceAsStream("/reference/toy-data.csv")) {
                toy = DataCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), "toy-data.csv", columns);
            }
            DataModel problem = DataModel.of(toy, model, toy.size(), false);
            OptimizerKind kind = OptimizerKind.byKey(first[3]);
            Hyperparams params = ReferenceVectors.paramsColumn(kind, first[4]);
            Race race = new Race(problem, new Point(Double.parseDouble(first[1]), Double.parseDouble(first[2])), 0, 0,
                    true);
            Run run = race.add(kind, params);
            race.step(rows.size() - 1, rows.size() - 1);
            for (String[] row : rows) {
                int step = Integer.parseInt(row[5]);
                assertClose(Double.parseDouble(row[6]), run.trajectory().x(step), first[0] + " x " + step);
                assertClose(Double.parseDouble(row[7]), run.trajectory().y(step), first[0] + " y " + step);
                assertClose(Double.parseDouble(row[8]), run.trajectory().loss(step), first[0] + " loss " + step);
            }
        }
    }

    private static String[] concat(String problem, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = problem;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.max(1e-6, Math.abs(expected)),
                what + ": expected " + expected + " but was " + actual);
    }
}
