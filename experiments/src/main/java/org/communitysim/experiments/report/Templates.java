package org.communitysim.experiments.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The pages' templates ({@code experiments/src/main/jte}): compiled to Java classes of this package when the
 * module is built (jte-maven-plugin), so a template that names a missing method or field does not compile, and
 * writing a page needs neither a Java compiler nor template files at run time (the CLI and Spark jars carry
 * only the small jte runtime). Every {@code ${…}} is HTML-escaped for its context; {@code $unsafe{…}} marks the
 * few fragments that are HTML already (inline SVG, sentences with their names in bold).
 */
final class Templates {
    private Templates() {
    }

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), Templates.class.getPackageName());

    /** Renders a template whose single parameter is {@code page}. */
    static String render(String template, Object page) {
        StringOutput out = new StringOutput(1 << 16);
        ENGINE.render(template, page, out);
        return out.toString();
    }
}
