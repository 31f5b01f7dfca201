/*
 * The controller sample (src/it/sample-controller) without its benchmarks and its IT (no Failsafe, no JMH here),
 * with Saturation.deadband annotated @SafetyCritical as well (so the annotation selects two methods).
 */
def Sample = evaluate(new File(itShared, 'Sample.groovy'))
File sample = new File(itSources, 'sample-controller')
Sample.copy(sample, basedir, [
    'src/main/java/**',
    'src/test/java/com/acme/control/**',
    'src/test/java/com/acme/filter/**',
    'src/test/java/com/acme/util/**',
])
Sample.patch(new File(basedir, 'src/main/java/com/acme/util/Saturation.java'),
        '    public static double deadband(',
        '    @SafetyCritical\n    public static double deadband(')
return true
