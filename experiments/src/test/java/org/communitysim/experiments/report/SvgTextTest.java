package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvgTextTest {

    @Test
    void renumberIds_clipPaths_renamedWithTheirReferences() {
        String svg = "<clipPath id=\"clip864291648\"/><g clip-path=\"url(#clip864291648)\"/>"
                + "<clipPath id=\"clip17\"/><use href=\"#clip17\"/>";
        assertEquals("<clipPath id=\"fan-active-1\"/><g clip-path=\"url(#fan-active-1)\"/>"
                + "<clipPath id=\"fan-active-2\"/><use href=\"#fan-active-2\"/>", SvgText.renumberIds(svg, "fan-active"));
    }

    @Test
    void roundNumbers_longDecimals_roundedToHundredths() {
        assertEquals("<line x1=\"57.24\" y1=\"-3.5\" x2=\"1.5\" style=\"stroke:rgb(1,2,3)\" y2=\"0\"/>",
                SvgText.roundNumbers(
                        "<line x1=\"57.23828125\" y1=\"-3.4999999\" x2=\"1.5\" style=\"stroke:rgb(1,2,3)\" y2=\"-0.001\"/>"));
    }

    @Test
    void mergeLines_connectedSegmentsOfOneStyle_becomeOnePolyline() {
        String a = "<line style=\"s\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"1\"/>";
        String b = "<line style=\"s\" x1=\"1\" x2=\"2\" y1=\"1\" y2=\"0\"/>";
        String other = "<line style=\"t\" x1=\"2\" x2=\"3\" y1=\"0\" y2=\"0\"/>";
        String gap = "<line style=\"s\" x1=\"5\" x2=\"6\" y1=\"5\" y2=\"6\"/>";
        String merged = SvgText.mergeLines("<g>\n  " + a + "\n  " + b + "\n  " + other + "\n  " + gap + "\n</g>");
        assertEquals("<g>\n  <polyline style=\"s\" points=\"0,0 1,1 2,0\"/>\n  " + other + "\n  " + gap + "\n</g>", merged);
    }

    @Test
    void inline_document_keepsOnlyTheSvgElementWithAnEscapedLabel() {
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>\n";
        String inline = SvgText.inline(doc, "a<b");
        assertTrue(inline.startsWith("<svg role=\"img\" aria-label=\"a&lt;b\""), inline);
        assertFalse(inline.contains("DOCTYPE"));
        assertFalse(inline.contains("xlink"));
        assertTrue(inline.endsWith("</svg>"));
    }
}
