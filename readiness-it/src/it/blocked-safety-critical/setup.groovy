/*
 * The controller sample (src/it/sample-controller) without com.acme.filter, its benchmarks and its IT: the main
 * sources of com.acme.control and com.acme.util, the unit tests of com.acme.control and SaturationTest without its
 * NaN test (the case: the NaN branch of the @SafetyCritical Saturation.clamp is never executed). This case's own
 * ClosedLoopStabilityTest (without the filter) and ClosedLoopIT replace the sample's.
 */
def Sample = evaluate(new File(itShared, 'Sample.groovy'))
Sample.copy(new File(itSources, 'sample-controller'), basedir, [
    'src/main/java/com/acme/SafetyCritical.java',
    'src/main/java/com/acme/control/**',
    'src/main/java/com/acme/util/**',
    'src/test/java/com/acme/control/**',
    'src/test/java/com/acme/util/SaturationTest.java',
])
Sample.patch(new File(basedir, 'src/test/java/com/acme/util/SaturationTest.java'), '''\
    @Test
    void clampReplacesNaNByTheSafeValueClosestToZero() {
        assertEquals(0.0, Saturation.clamp(Double.NaN, -1.0, 1.0));
        assertEquals(2.0, Saturation.clamp(Double.NaN, 2.0, 5.0));
        assertEquals(-2.0, Saturation.clamp(Double.NaN, -5.0, -2.0));
    }
''', '''\
    // Deliberately missing: no test passes a NaN value, so the NaN branch of the @SafetyCritical clamp is never
    // executed and safety-critical line coverage stays below 100 %.
''')
return true
