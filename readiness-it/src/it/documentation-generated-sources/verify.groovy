/*
 * Issue 17: the documentation gate measures the same hand-written sources inside mvn verify and in a standalone
 * readiness:check; source roots inside the build directory (generated code) are left out by default and named.
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
File target = new File(basedir, 'target')
File generated = new File(target, 'generated-sources/annotations/com/acme/bench/jmh_generated')
assert generated.isDirectory() && generated.list().any { it.endsWith('.java') }: 'JMH generated no source'

Map report(String dir) { V.json(new File(basedir, "reports/${dir}/readiness.json")) as Map }
Map gate(Map json) { V.gates(json)['documentation-completeness'] }

Map verify = report('verify')
Map standalone = report('standalone')
Map included = report('included')

// 1. inside verify: 5 hand-written elements (Api, run, stop, ApiBenchmark, its run), 4 documented; the generated root is
// named in the gate message and in the JSON
assert gate(verify).status == 'PASSED'
assert gate(verify).measured == 4 && gate(verify).of == 5
assert verify.documentation.generatedSourceRoots == ['target/generated-sources/annotations']
assert gate(verify).message.contains('generated sources not counted: ')
assert gate(verify).message.contains('generated-sources' + File.separator + 'annotations')
assert gate(verify).message.contains('readiness.includeGeneratedSources=true')

// 2. standalone: the same value; the generated directory is not a compile source root here, so nothing to name
assert gate(standalone).status == 'PASSED'
assert gate(standalone).measured == 4 && gate(standalone).of == 5
assert gate(standalone).value == gate(verify).value
assert standalone.documentation.generatedSourceRoots == []

// 3. includeGeneratedSources=true: JMH's undocumented generated classes count
assert gate(included).measured == 4 && gate(included).of > 5
assert gate(included).value < gate(verify).value
assert included.documentation.generatedSourceRoots == []

println "documentation-generated-sources: verify ${gate(verify).value} %, standalone ${gate(standalone).value} %," +
        " included ${gate(included).value} %"
return true
