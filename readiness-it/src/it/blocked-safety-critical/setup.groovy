/*
 * The controller sample (src/it/sample-controller) without com.acme.filter, its benchmarks and its IT: the main
 * sources of com.acme.control and com.acme.util and the unit tests of com.acme.control. This case's own
 * ClosedLoopStabilityTest, SaturationTest (no NaN case) and ClosedLoopIT replace the sample's.
 */
def Sample = evaluate(new File(itShared, 'Sample.groovy'))
Sample.copy(new File(itSources, 'sample-controller'), basedir, [
    'src/main/java/com/acme/SafetyCritical.java',
    'src/main/java/com/acme/control/**',
    'src/main/java/com/acme/util/**',
    'src/test/java/com/acme/control/**',
])
return true
