package org.communitysim.scenario.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The declarations resource and the records must agree; loading says where they do not. */
class SchemaTest {

    record Inner(double rate, boolean on) {
    }

    record Root(int size, Inner inner) {
    }

    private static Schema load(String resource) {
        return Schema.load(Root.class, SchemaTest.class.getResource("/declarations/" + resource));
    }

    @Test
    void load_goodDeclarations_giveFieldsAndDefaultsInComponentOrder() {
        Schema s = load("good.yaml");
        assertEquals(List.of("size", "inner.rate", "inner.on"), s.leaves().stream().map(SchemaField::path).toList());
        assertEquals("{\"size\":10,\"inner\":{\"rate\":0.5,\"on\":true}}", s.defaults().toString());
        SchemaField rate = s.field("inner.rate").orElseThrow();
        assertEquals("[0, 1]", rate.allowedShort());
        assertEquals("per day", rate.unit());
        assertEquals("what the inner part is", s.field("inner").orElseThrow().meaning());
    }

    @Test
    void check_refusesAValueOutsideItsDeclaration() {
        Schema s = load("good.yaml");
        s.check(Inner.class, 1.0, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.check(Inner.class, 1.5, true));
        assertEquals("inner.rate: expected a number in [0, 1], got 1.5", e.getMessage());
        IllegalStateException wrongCount = assertThrows(IllegalStateException.class, () -> s.check(Inner.class, 1.0));
        assertTrue(wrongCount.getMessage().contains("pass every component, in order"), wrongCount.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing-entry.yaml", "extra-entry.yaml", "default-out-of-range.yaml", "bad-range.yaml",
            "range-on-boolean.yaml", "no-meaning.yaml"})
    void load_declarationsThatDisagreeWithTheRecords_failNamingTheEntry(String resource) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(resource));
        assertTrue(e.getMessage().startsWith(resource + ": "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[0, 1]", "(0, 1]", "[0, 1)", ">= 0", "> 0", "<= 1", "< 1", ">= -1", "any"})
    void rangeParse_readsWhatTextWrites(String text) {
        assertEquals(text, Range.parse(text).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[0,1]", ">=0", "0..1", "[0, inf)", ""})
    void rangeParse_otherSpellings_areRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Range.parse(text));
    }
}
