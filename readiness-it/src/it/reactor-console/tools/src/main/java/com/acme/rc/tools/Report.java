package com.acme.rc.tools;

/** A command-line helper nobody tests (as javaparser's generators). */
public final class Report {
    private Report() {}

    public static String line(String name, long value) {
        if (name.isEmpty()) {
            return "?=" + value;
        }
        return name + "=" + value;
    }
}
