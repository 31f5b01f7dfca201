/*
 * The gauge sample (src/it/shared/gauge: Gauge, a safety-critical Saturation and their unit tests); this case's own
 * GaugeTest (one failing and one @Disabled test) replaces the sample's.
 */
def Sample = evaluate(new File(itShared, 'Sample.groovy'))
Sample.copy(new File(itShared, 'gauge'), basedir, ['src/**'])
return true
