/* The gauge sample (src/it/shared/gauge: Gauge, a safety-critical Saturation and their unit tests); src/test-deleted is this case's own. */
def Sample = evaluate(new File(itShared, 'Sample.groovy'))
Sample.copy(new File(itShared, 'gauge'), basedir, ['src/**'])
return true
