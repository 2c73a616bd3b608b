package org.communitysim.scenario.file;

import java.util.List;

/**
 * A user's input is wrong (scenario or spec file, command-line value). Carries every problem found, each a
 * full sentence naming where (file and JSON path), the bad value and what is allowed. The CLI prints them
 * and exits with code 2, without a stack trace.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InputException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
