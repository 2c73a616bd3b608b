package org.communitysim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.scenario.file.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservedCsvTest {
    @TempDir
    Path dir;

    private List<String> problems(String text) {
        Path f = CalibrationFixtures.write(dir, "obs.csv", text);
        return assertThrows(InputException.class, () -> ObservedCsv.read(f)).problems();
    }

    @Test
    void read_validFile_columnsInFileOrder() throws Exception {
        Path f = CalibrationFixtures.write(dir, "obs.csv", "day,members,posts\n0,10,3\n1,12,5\n2,13,4\n");
        ObservedData d = ObservedCsv.read(f);
        assertEquals(3, d.days());
        assertEquals(List.of("members", "posts"), d.kpis().stream().map(ObservedKpi::column).toList());
        assertArrayEquals(new double[] {3, 5, 4}, d.column(1));
    }

    @Test
    void read_missingDay_namesTheLineAndTheExpectedDay() {
        List<String> p = problems("day,members\n0,10\n1,12\n3,13\n");
        assertTrue(p.get(0).contains("line 4: day: expected 2") && p.get(0).contains("without gaps"), p.toString());
    }

    @Test
    void read_negativeCount_refusedNamingColumnAndValue() {
        List<String> p = problems("day,members,joins\n0,10,2\n1,12,-1\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("line 3: joins: -1 is negative"), p.get(0));
    }

    @Test
    void read_unknownColumn_suggestsTheNearestMetric() {
        List<String> p = problems("day,membres\n0,10\n1,12\n");
        assertTrue(p.get(0).contains("unknown column \"membres\"") && p.get(0).contains("did you mean \"members\"?"),
                p.get(0));
    }

    @Test
    void read_notANumber_refused() {
        List<String> p = problems("day,active\n0,10\n1,many\n");
        assertTrue(p.get(0).contains("line 3: active: \"many\" is not a number"), p.get(0));
    }

    @Test
    void read_missingValueAndShortRow_bothReported() {
        List<String> p = problems("day,active,joins\n0,10,\n1,12\n");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).contains("missing value") && p.get(1).contains("2 fields, expected 3"), p.toString());
    }

    @Test
    void read_firstColumnNotDay_andDuplicateColumn_refused() {
        List<String> p = problems("date,members,members\n0,1,1\n");
        assertTrue(p.get(0).contains("first column must be \"day\""), p.toString());
        assertTrue(p.get(1).contains("appears twice"), p.toString());
    }

    @Test
    void read_emptyOrMissingFile_refused() {
        assertTrue(problems("").get(0).contains("empty"));
        assertThrows(InputException.class, () -> ObservedCsv.read(dir.resolve("none.csv")));
    }
}
