package com.acme;

import java.util.List;
import java.util.Map;

/** Documented public class. */
public class Visibility {
    /** Documented public field. */
    public int documentedField;

    public int undocumentedField;

    /** Documented protected field. */
    protected int protectedField;

    int packageField;

    private int privateField;

    /** Documented public constructor. */
    public Visibility() {}

    protected Visibility(int x) {}

    Visibility(String s) {}

    /** Documented public method. */
    public void documented() {}

    public void undocumented() {}

    protected void protectedUndocumented() {}

    void packageMethod() {}

    private void privateMethod() {}

    @Override
    public String toString() {
        return "";
    }

    @java.lang.Override
    public int hashCode() {
        return 0;
    }

    /** Documented generic method. */
    public <T extends Comparable<T>> T max(T a, T b) {
        return a;
    }

    @SafeVarargs
    public static <K, V> Map<K, V> empty(List<? extends K> keys, V... values) {
        return null;
    }

    public void withAnonymous() {
        Runnable r = new Runnable() {
            /** Not API: a member of an anonymous class. */
            public int anonField;

            public void run() {}
        };
        class Local {
            public void localMethod() {}
        }
    }

    /* A block comment is not Javadoc. */
    public void blockCommented() {}

    // A line comment is not Javadoc.
    public void lineCommented() {}

    /** */
    public void emptyJavadoc() {}

    /**
     *
     */
    public void emptyMultilineJavadoc() {}
}
