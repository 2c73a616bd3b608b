package org.communitysim.experiments.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.communitysim.model.DailyMetric;

/**
 * The words of the live page ({@code community-sim serve}, docs/serve.md) in English and Simplified Chinese, from the
 * same bundles as the reports: fixed texts under {@code live.*}, the daily metrics' names ({@code daily.*}), the
 * levers' names ({@code parameter.<JSON path>}, shared with the sweep report), their sections' ({@code section.*}),
 * the mechanism switches' ({@code ablation.*}), the declared units ({@code unit.*}) and what a lever's "none" value
 * means ({@code sentinel.*}). The page receives them as one map and fills {@code {0}} placeholders itself, so a
 * language switch needs no new run.
 */
public final class LiveLabels {
    private LiveLabels() {
    }

    /** Fixed texts of the live page. */
    public enum L implements MessageKey {
        TITLE, INTRO, LANGUAGE, SCENARIO, LOAD_FILE, SEED, PLAY, PAUSE, STEP, RESET, SPEED, SPEED_UNIT, SPEED_MAX,
        MEASURED_SPEED, DAY, STRATEGY_A, STRATEGY_B, COMPARE, EDITING, LEVERS, LEVER_SPAN, LEVER_BELOW, ABLATIONS,
        ABLATIONS_NOTE,
        GROUP_VIEW, GROUP_VIEW_NOTE, LEGEND_ACTIVE, LEGEND_NEWCOMER, LEGEND_LURKER, LEGEND_KOL, LEGEND_ADVERTISER,
        WORLD, WORLD_NOTE, WORLD_ALIVE, WORLD_GROUP, WORLD_OPENED, WORLD_MEMBERS, WORLD_ACTIVE, WORLD_STATE, WORLD_FROM,
        WORLD_DECLARED, WORLD_DEAD, WORLD_LIVING,
        NUMBERS, CONVERSION, CONVERSION_NOTE, CHART_MEMBERS, CHART_FLOW, CHART_QUALITY, CHART_MORE, FAN, FAN_REPLICATES,
        FAN_RUN, FAN_RUNNING, FAN_DONE, EVENT_LOG, LOG_DAY, LOG_RESTARTED, LOG_LOADED, LOG_FULL, LOG_KOLS_LEFT, LOG_PEAK,
        LOG_SILENT, LOG_END, LOG_GROUP_OPENED, LOG_GROUP_DIED, EXPORT, EXPORT_REPLICATES, EXPORT_RUNNING, EXPORT_DONE, ERROR_TITLE, ENGINE_NOTE;

        @Override
        public String group() {
            return "live";
        }
    }

    /** A lever's or a section's name ("Size cap"); its JSON path when the bundles have none. */
    public static String parameter(String path, Lang lang) {
        return SweepLabels.parameter(path, lang);
    }

    /** A unit as declared in reference.yaml ("posts/day"), in the language; the declared text when untranslated. */
    public static String unit(String unit, Lang lang) {
        return unit.isEmpty() ? "" : Messages.textOr(unitKey(unit), lang, unit);
    }

    /** The bundle key of a declared unit: {@code unit.} and the unit with spaces and slashes as underscores. */
    public static String unitKey(String unit) {
        return "unit." + unit.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /**
     * The bundle key of what a lever's "none" value means ({@code sentinel.<path>}: kols.departureDay −1, "never: the
     * KOLs stay for the whole run"); the page writes it beside the lever as "−1 = ...".
     */
    public static String sentinelKey(String path) {
        return "sentinel." + path;
    }

    /** Whether the bundles explain a special value of the lever at {@code path} ({@link #sentinelKey}). */
    public static boolean hasSentinel(String path) {
        return has(sentinelKey(path), Lang.EN);
    }

    /** The bundle key of a strategy section's name: {@code section.<name>}. */
    public static String sectionKey(String section) {
        return "section." + section;
    }

    /** The bundle key of a mechanism switch's name: {@code ablation.<name>} for {@code ablations.<name>}. */
    public static String switchKey(String path) {
        return "ablation." + path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * Every text the page shows, by bundle key: the fixed texts, every daily metric's name, the names of the given
     * levers ({@code parameter.<path>}), sections and switches, and the given units. Keys without a text in the
     * bundle carry the fallback (the path, name or unit), so the page never shows a bare key.
     */
    public static Map<String, String> page(Lang lang, Collection<String> leverPaths, Collection<String> sections,
            Collection<String> switchPaths, Collection<String> units) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("lang", lang.htmlLang());
        for (L key : L.values()) {
            texts.put(key.key(), Messages.text(key, lang));
        }
        for (DailyMetric m : DailyMetric.values()) {
            texts.put(Labels.key(m), Labels.name(m, lang));
        }
        for (String path : leverPaths) {
            texts.put(SweepLabels.PARAMETER + path, parameter(path, lang));
            if (has(sentinelKey(path), lang)) {
                texts.put(sentinelKey(path), Messages.text(sentinelKey(path), lang));
            }
        }
        for (String section : sections) {
            texts.put(sectionKey(section), Messages.textOr(sectionKey(section), lang, section));
        }
        for (String path : switchPaths) {
            texts.put(switchKey(path), Messages.textOr(switchKey(path), lang, path));
        }
        for (String unit : units) {
            texts.put(unitKey(unit), unit(unit, lang));
        }
        return texts;
    }

    /** Whether the bundle of {@code lang} has {@code key} (LiveLabelsTest asks it of every lever, section, switch). */
    public static boolean has(String key, Lang lang) {
        return Messages.keys(lang).contains(key);
    }
}
