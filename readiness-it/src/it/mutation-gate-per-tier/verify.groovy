/*
 * Post-build check of the mutation-gate-per-tier IT (two Maven runs, see invoker.properties). The oracle is PIT
 * itself: its console summary ("Generated N mutations Killed M") in the build log and the <mutation> elements of
 * target/pit-reports/mutations.xml.
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
File target = new File(basedir, 'target')
List<String> runs = V.runs(basedir, 2)
String run1 = runs[0]

// ---------------------------------------------------------------- PIT's own numbers
Map pit = V.pitSummary(run1)
List<Map> mutations = V.pitMutations(new File(target, 'pit-reports/mutations.xml'))
assert pit.generated == mutations.size()
long detected = mutations.count { it.detected }
assert pit.killed == detected
assert pit.noCoverage == mutations.count { it.status == 'NO_COVERAGE' }
List<Map> clamp = mutations.findAll { it.mutatedClass == 'com.acme.util.Saturation' && it.mutatedMethod == 'clamp' }
List<Map> clampSurvivors = clamp.findAll { !it.detected }
assert clampSurvivors.size() == 1 // the case
assert clampSurvivors[0].lineNumber == 27 && clampSurvivors[0].mutator.endsWith('.ConditionalsBoundaryMutator')
List<Map> control = mutations.findAll { it.mutatedClass.startsWith('com.acme.control.') }

// ---------------------------------------------------------------- run 1: BLOCKED by the surviving mutant, named
assert run1.contains('BUILD FAILURE')
String failure = run1.substring(run1.indexOf('[ERROR] Failed to execute goal dev.readiness:readiness-maven-plugin:'))
String verdict = failure.readLines().takeWhile { it.startsWith('[ERROR]') }.join('\n')
assert verdict.contains('Readiness level BLOCKED is below the required CONDITIONAL_READY')
assert verdict.contains("safety-critical-mutation: 85.7 % of mutants detected (6 of 7) < required 100 % in tag"
        + " 'safety-critical' (1 survived, most in com.acme.util.Saturation)")
assert verdict.contains('com.acme.util.Saturation: Saturation.java:27 — ConditionalsBoundary: changed conditional'
        + ' boundary (survived)')
assert verdict =~ /(?m)^\[ERROR\] safety-critical-mutation +FAILED +85\.7 % +>= 100 %/
assert verdict =~ /(?m)^\[ERROR\] critical-mutation +PASSED/
assert verdict =~ /(?m)^\[ERROR\] overall-mutation +PASSED/

Map json = V.json(new File(target, 'readiness/readiness.json'))
Map gates = V.gates(json)
assert json.level == 'BLOCKED'
assert gates['safety-critical-mutation'].status == 'FAILED' && gates['safety-critical-mutation'].blocking
assert gates['safety-critical-mutation'].measured == clamp.count { it.detected } && gates['safety-critical-mutation'].of == clamp.size()
assert gates['critical-mutation'].status == 'PASSED'
assert gates['critical-mutation'].measured == control.count { it.detected } && gates['critical-mutation'].of == control.size()
assert gates['overall-mutation'].status == 'PASSED'
assert gates['overall-mutation'].measured == detected && gates['overall-mutation'].of == mutations.size()
// readiness.json's mutation section: PIT's counts, and the survivors as findings
assert json.mutation.total == pit.generated && json.mutation.detected == pit.killed
assert json.mutation.covered == mutations.size() - pit.noCoverage
assert json.mutation.reports == ['target/pit-reports/mutations.xml']
assert json.mutation.tags['safety-critical'] == [total: clamp.size(), detected: clamp.count { it.detected }, covered: clamp.size()]
assert json.mutation.survivorsTotal == mutations.count { !it.detected && it.status != 'NO_COVERAGE' }
assert json.mutation.survivors.any { it.class == 'com.acme.util.Saturation' && it.line == 27 && it.status == 'SURVIVED' }
String md = new File(target, 'readiness/readiness.md').getText('UTF-8')
assert md.contains('### Mutation testing (PIT)')
// (Markdown escapes the parentheses)
assert md.contains('com.acme.util.Saturation: Saturation.java:27 — ConditionalsBoundary: changed conditional boundary'
        + ' \\(survived\\)')
String html = new File(target, 'readiness/readiness.html').getText('UTF-8')
assert html.contains('<section id="mutation">')

// ---------------------------------------------------------------- run 2: warn only, the same verdict
String run2 = runs[1]
assert run2.contains('BUILD SUCCESS')
assert run2.contains('[WARNING] safety-critical-mutation: 85.7 % of mutants detected (6 of 7) < required 100 %')
Map warnOnly = V.json(new File(target, 'readiness-warn-only/readiness.json'))
assert warnOnly.level == 'BLOCKED' && warnOnly.mutation.total == pit.generated
return true
