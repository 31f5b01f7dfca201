/*
 * Post-build check of the blocked-safety-critical IT. For now: the evidence exists (reports, exec files, classes).
 * To be added with the plugin: the build fails and the message names com.acme.util.Saturation and the gate
 * safety-critical-coverage.
 */
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory

File target = new File(basedir, 'target')
assert new File(basedir, 'build.log').isFile()

/** testcase elements per classname, read from every TEST-*.xml of a report directory. */
Map<String, Integer> countTestCases(File dir) {
    assert dir.isDirectory(): "missing report directory ${dir}"
    def factory = DocumentBuilderFactory.newInstance()
    factory.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
    Map<String, Integer> counts = new TreeMap<>()
    dir.listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }.each { file ->
        def cases = factory.newDocumentBuilder().parse(file).documentElement.getElementsByTagName('testcase')
        for (int i = 0; i < cases.length; i++) {
            counts.merge(cases.item(i).getAttribute('classname'), 1, Integer::sum)
        }
    }
    return counts
}

def expectedSurefire = [
    'com.acme.control.ClosedLoopStabilityTest'  : 2,  // class tagged "stability"
    'com.acme.control.ControllerGainsTest'      : 2,
    'com.acme.control.SlidingModeControllerTest': 8,
    'com.acme.control.SlidingSurfaceTest'       : 6,  // 2 + 4 parameterized
    'com.acme.util.SaturationTest'              : 10, // 5 parameterized + 5, none with a NaN value
]
assert countTestCases(new File(target, 'surefire-reports')) == new TreeMap<>(expectedSurefire)
assert countTestCases(new File(target, 'failsafe-reports')) == ['com.acme.it.ClosedLoopIT': 1]

['jacoco.exec', 'jacoco-it.exec'].each { name ->
    File exec = new File(target, name)
    assert exec.isFile() && exec.length() > 0: "missing or empty ${exec}"
}
assert new File(target, 'classes/com/acme/util/Saturation.class').isFile()

return true
