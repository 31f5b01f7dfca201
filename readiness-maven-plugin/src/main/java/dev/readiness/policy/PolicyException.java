package dev.readiness.policy;

import java.util.List;

/** The configured policy is invalid. The message names every offending element and the valid values. */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PolicyException(List<String> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        StringBuilder sb = new StringBuilder("Invalid readiness configuration (")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem):" : " problems):");
        for (String p : problems) {
            sb.append(System.lineSeparator()).append("  - ").append(p);
        }
        return sb.toString();
    }
}
