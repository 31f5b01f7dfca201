package com.acme.legacy;

import static org.junit.Assert.*;

import org.junit.Ignore;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(SlowTests.class)
public class LegacyTest {
    private static int flakyRuns;

    @Test
    public void passes() {}

    @Test
    public void fails() { assertEquals("expected value", 1, 2); }

    @Test
    public void errors() { throw new IllegalArgumentException("bad argument"); }

    @Test
    @Ignore("ignored for now")
    public void ignored() {}

    @Test
    public void flaky() { assertTrue("first run fails", ++flakyRuns > 1); }

    @Test
    public void printsALot() {
        for (int i = 0; i < 50; i++) {
            System.out.println("line " + i + " <not-xml> & ünïcode");
        }
        System.err.println("to stderr");
    }

    public static class Inner {
        @Test
        public void innerPasses() {}
    }
}
