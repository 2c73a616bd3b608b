package org.communitysim.experiments.report;

import org.communitysim.scenario.Scenario;

/** What a report says about a scenario in a language: its description in that language when the file gives one. */
public final class ScenarioText {
    private ScenarioText() {
    }

    /**
     * The scenario's description in {@code lang}: in Chinese its {@code descriptionZh} when the file gives one (every
     * shipped scenario does), else its {@code description} as written.
     */
    public static String description(Scenario scenario, Lang lang) {
        return lang == Lang.ZH && !scenario.descriptionZh().isBlank() ? scenario.descriptionZh()
                : scenario.description();
    }
}
