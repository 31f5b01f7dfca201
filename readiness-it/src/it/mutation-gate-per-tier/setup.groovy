/*
 * The controller sample (src/it/sample-controller) without its benchmarks, its IT, the filter tests and its
 * SaturationBoundsTest: the main sources and the unit tests of com.acme.control and SaturationTest. No test calls Saturation.clamp with equal bounds, so PIT's ConditionalsBoundary mutant of
 * "min > max" (line 27) survives: the one surviving mutant in safety-critical code.
 */
def Sample = evaluate(new File(itShared, 'Sample.groovy'))
Sample.copy(new File(itSources, 'sample-controller'), basedir, [
    'src/main/java/**',
    'src/test/java/com/acme/control/**',
    'src/test/java/com/acme/util/SaturationTest.java',
])
return true
