package com.acme.ng;

import static org.testng.Assert.*;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

@Test(groups = "engine")
public class EngineTest {
    @Test(groups = {"stability", "fast"})
    public void starts() {}

    @Test
    public void stops() { fail("engine did not stop"); }

    @Test(enabled = true, dependsOnMethods = "stops")
    public void skippedByDependency() {}

    @DataProvider
    public Object[][] speeds() { return new Object[][] {{1}, {2}}; }

    @Test(dataProvider = "speeds")
    public void runsAt(int speed) { assertTrue(speed > 0); }
}
