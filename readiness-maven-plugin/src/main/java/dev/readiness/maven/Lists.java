package dev.readiness.maven;

import dev.readiness.evidence.InputFiles;
import java.util.ArrayList;
import java.util.List;

/** Selector lists from the POM: each entry may itself be a comma-separated list. */
final class Lists {
    private Lists() {}

    static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                out.addAll(InputFiles.splitList(v));
            }
        }
        return List.copyOf(out);
    }
}
