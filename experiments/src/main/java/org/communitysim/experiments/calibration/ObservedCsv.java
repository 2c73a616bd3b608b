package org.communitysim.experiments.calibration;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitysim.experiments.io.Csv;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.Suggestions;

/**
 * Reads an observed group's daily KPIs (docs/calibration.md "The observed CSV"): a header {@code day,<column>…} whose
 * columns are declared daily metrics (or {@code posts}), then one row per day 0, 1, 2, … without gaps, every value a
 * finite number ≥ 0. Every problem is reported (up to {@link #MAX_PROBLEMS}), each naming the file, the line, the
 * column, the value and what is allowed.
 */
public final class ObservedCsv {
    static final int MAX_PROBLEMS = 20;
    static final int MIN_DAYS = 2;

    private ObservedCsv() {
    }

    public static ObservedData read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException("observed CSV not found: " + file);
        }
        List<String[]> lines = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> rows = Csv.rows(in)) {
            while (rows.hasNextValue()) {
                lines.add(rows.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": not a readable CSV file: " + firstLine(e.getMessage()));
        }
        String src = file.toString();
        if (lines.isEmpty() || lines.get(0).length == 0) {
            throw new InputException(src + ": the file is empty; expected a header day,<column>… (docs/calibration.md)");
        }
        String[] header = lines.get(0);
        List<String> problems = new ArrayList<>();
        if (!header[0].strip().equals("day")) {
            problems.add(src + ": line 1: the first column must be \"day\", got \"" + header[0] + "\"");
        }
        List<ObservedKpi> kpis = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> allowed = ObservedKpi.names();
        for (int c = 1; c < header.length; c++) {
            String name = header[c].strip();
            var kpi = ObservedKpi.of(name);
            if (kpi.isEmpty()) {
                String hint = Suggestions.nearest(name, allowed).map(s -> "did you mean \"" + s + "\"? ").orElse("");
                problems.add(src + ": line 1: column " + (c + 1) + ": unknown column \"" + name + "\"; " + hint
                        + "allowed: the daily metrics of docs/outputs.md (" + String.join(", ", allowed) + ")");
            } else if (!seen.add(name)) {
                problems.add(src + ": line 1: column " + (c + 1) + ": \"" + name + "\" appears twice");
            } else {
                kpis.add(kpi.get());
            }
        }
        if (header.length < 2) {
            problems.add(src + ": line 1: no KPI column; expected day and at least one of members, joins, leaves, "
                    + "active, posts (or any daily metric)");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int days = lines.size() - 1;
        double[][] values = new double[kpis.size()][days];
        for (int i = 1; i < lines.size() && problems.size() < MAX_PROBLEMS; i++) {
            String[] row = lines.get(i);
            int line = i + 1;
            if (row.length != header.length) {
                problems.add(src + ": line " + line + ": " + row.length + " fields, expected " + header.length
                        + " (as in the header)");
                continue;
            }
            String dayText = row[0].strip();
            int expected = i - 1;
            if (!dayText.equals(Integer.toString(expected))) {
                problems.add(src + ": line " + line + ": day: expected " + expected
                        + " (days run 0, 1, 2, … one row per day, without gaps or repeats), got \"" + row[0] + "\"");
            }
            for (int c = 1; c < row.length && c - 1 < kpis.size(); c++) {
                String cell = row[c].strip();
                String col = kpis.get(c - 1).column();
                double v;
                try {
                    v = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                if (cell.isEmpty()) {
                    problems.add(src + ": line " + line + ": " + col + ": missing value; every day needs a number");
                } else if (!Double.isFinite(v)) {
                    problems.add(src + ": line " + line + ": " + col + ": \"" + cell + "\" is not a number");
                } else if (v < 0) {
                    problems.add(src + ": line " + line + ": " + col + ": " + cell + " is negative; counts are >= 0");
                } else {
                    values[c - 1][i - 1] = v;
                }
            }
        }
        if (problems.isEmpty() && days < MIN_DAYS) {
            problems.add(src + ": " + days + " day(s) of data; at least " + MIN_DAYS + " are needed");
        }
        if (!problems.isEmpty()) {
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(src + ": (stopped after " + MAX_PROBLEMS + " problems)");
            }
            throw new InputException(problems);
        }
        return new ObservedData(file, days, kpis, values);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl > 0 ? s.substring(0, nl) : s;
    }
}
