package org.communitysim.experiments.report;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.montecarlo.Comparisons;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.EconomicsSpec;
import org.communitysim.scenario.Scenario;

/**
 * The report's cost table (成本效益, docs/model.md §4.10): for every scenario its revenue and cost lines, profit,
 * ROI, CAC, cost per active member and payback, each a mean over replicates with its 95% CI. A scenario that declares
 * no money is named in a note ("no costs or revenue declared") and its column is left blank instead of showing zeros
 * that would look like a result; when no scenario declares money the table is replaced by that sentence.
 */
final class MoneyTable {
    private MoneyTable() {
    }

    /** The lines of the table, in display order: revenue lines, costs, then the totals and ratios. */
    static final List<Outcome> LINES = List.of(
            Outcome.REVENUE_FEES, Outcome.REVENUE_SALES, Outcome.REVENUE,
            Outcome.COST_REFERRAL, Outcome.COST_KOL, Outcome.COST_OPERATOR, Outcome.COST_ADS, Outcome.COST_INCENTIVES,
            Outcome.COST, Outcome.PROFIT, Outcome.ROI, Outcome.CAC, Outcome.COST_PER_ACTIVE, Outcome.PAID_BACK,
            Outcome.PAYBACK_DAY);

    /** A row: the line's name and one "mean [low, high]" cell per scenario; {@code total} rows are emphasised. */
    record Row(String name, String title, boolean total, List<String> cells) {
    }

    /**
     * @param columns the scenarios' names with their currency ("free-group (CNY)"); null when nothing is declared
     * @param notes   the scenarios without money, and how to read payback
     */
    record Table(List<HtmlReport.Named> columns, List<Row> rows, List<String> notes) {
        boolean empty() {
            return rows.isEmpty();
        }
    }

    /** Whether the scenario earns or spends anything: a non-zero amount anywhere in its economics or reward. */
    static boolean declaresMoney(Scenario s) {
        EconomicsSpec e = s.economics();
        return s.referral().reward() > 0 || e.entryFee() > 0 || e.membershipFee() > 0
                || e.productPrice() * e.productMargin() > 0 || e.kolFeePerDay() > 0 || e.hourlyCost() > 0
                || e.adCpm() > 0 || e.postPoints() > 0 || e.eventPoints() > 0;
    }

    static Table of(List<ScenarioRuns> scenarios, List<HtmlReport.Named> names, Lang lang) {
        List<String> notes = new ArrayList<>();
        List<Integer> priced = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            if (declaresMoney(scenarios.get(s).scenario())) {
                priced.add(s);
            } else {
                notes.add(Labels.format(Text.MONEY_NONE_SCENARIO, lang, names.get(s).name()));
            }
        }
        if (priced.isEmpty()) {
            return new Table(List.of(), List.of(), List.of(Labels.text(Text.MONEY_NONE, lang)));
        }
        List<HtmlReport.Named> columns = new ArrayList<>();
        for (int s : priced) {
            HtmlReport.Named n = names.get(s);
            columns.add(new HtmlReport.Named(n.colour(),
                    n.name() + " (" + scenarios.get(s).scenario().economics().currency() + ")"));
        }
        List<Row> rows = new ArrayList<>();
        for (Outcome o : LINES) {
            List<String> cells = new ArrayList<>();
            for (int s : priced) {
                cells.add(cell(o, scenarios.get(s).values(o), lang));
            }
            boolean total = o == Outcome.REVENUE || o == Outcome.COST || o == Outcome.PROFIT;
            rows.add(new Row(Labels.name(o, lang), Labels.description(o, lang), total, cells));
        }
        notes.add(Labels.text(Text.MONEY_PAYBACK_NOTE, lang));
        return new Table(columns, rows, notes);
    }

    /** "mean [low, high]" with one precision for the three; n/a when no run has a value. */
    private static String cell(Outcome o, double[] values, Lang lang) {
        Summary s = Comparisons.summary(o, values, false, 0); // a cost's interval stops at 0, a profit's does not
        if (s.n() == 0) {
            return Formats.na(lang);
        }
        String[] v = Formats.values(o, lang, s.mean(), s.ciLow(), s.ciHigh());
        // one run, or every run the same (a line the scenario does not use): the value alone
        return Double.isNaN(s.ciLow()) || s.sd() == 0 ? v[0] : v[0] + " [" + v[1] + ", " + v[2] + "]";
    }
}
