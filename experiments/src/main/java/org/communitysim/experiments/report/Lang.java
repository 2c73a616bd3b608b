package org.communitysim.experiments.report;

/** The languages a report is written in. */
public enum Lang {
    EN("en"),
    ZH("zh-CN");

    private final String htmlLang;

    Lang(String htmlLang) {
        this.htmlLang = htmlLang;
    }

    /** The value of the HTML {@code lang} attribute (BCP 47). */
    public String htmlLang() {
        return htmlLang;
    }
}
