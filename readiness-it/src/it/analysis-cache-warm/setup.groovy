/*
 * The controller sample (src/it/sample-controller) without its benchmarks and its IT (no Failsafe, no JMH here).
 */
def Sample = evaluate(new File(itShared, 'Sample.groovy'))
File sample = new File(itSources, 'sample-controller')
Sample.copy(sample, basedir, [
    'src/main/java/**',
    'src/test/java/com/acme/control/**',
    'src/test/java/com/acme/filter/**',
    'src/test/java/com/acme/util/**',
])
return true
