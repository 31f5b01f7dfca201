/*
 * Post-build check of the benchmark-other-machine IT (issue 15, three runs, see invoker.properties).
 */

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
List<String> runs = V.runs(basedir, 4)
runs.eachWithIndex { run, i -> assert run.contains('BUILD SUCCESS'): "run ${i + 1} failed" }
int cores = Runtime.runtime.availableProcessors()

// ---- 1: another machine
Map j1 = V.json(new File(basedir, 'target/readiness-1/readiness.json'))
Map g1 = V.gates(j1)['performance-benchmarks']
assert g1.status == 'INCONCLUSIVE' && g1.value == null && g1.blocking == false
assert g1.message.startsWith('performance-benchmarks: INCONCLUSIVE — the baseline baseline.json was measured in another environment (')
assert g1.message.contains("cores: baseline '64', now '${cores}'")
assert g1.message.contains("cpu: baseline 'AMD EPYC 9554 64-Core Processor (the CI server the baseline was recorded on)'")
assert g1.message.contains('5 of 6 benchmarks not regressed is not a measurement of this code')
assert g1.message.contains('would-be regressions: fix.FixtureBench.sumLoop')
assert g1.details.any { it.startsWith('not judged: ') }
assert j1.score == null && j1.measuredWeight == 0 // INCONCLUSIVE is not scored
assert j1.benchmarks.environment.comparable == false
assert j1.benchmarks.environment.baseline.cores == '64' && j1.benchmarks.environment.current.cores == "${cores}"
assert j1.benchmarks.environment.current.jdkVersion == '17.0.15' // from the JMH results themselves
assert runs[0] =~ /\[WARNING\] performance-benchmarks: INCONCLUSIVE — /

// ---- 2: a baseline recorded here
File here = new File(basedir, 'target/baseline-here.json')
List baseline = V.json(here)
assert baseline.size() == 6 && baseline.every { it.machine.cores == "${cores}" && it.machine.cpu && it.machine.os }

// ---- 3: a real comparison; sumLoop size=256 is the fixture's deliberate regression
Map j3 = V.json(new File(basedir, 'target/readiness-3/readiness.json'))
Map g3 = V.gates(j3)['performance-benchmarks']
assert j3.benchmarks.environment.comparable == true && j3.benchmarks.environment.differences == []
assert g3.status == 'FAILED' && g3.measured == 5 && g3.of == 6
assert runs[2] =~ /\[WARNING\] performance-benchmarks: 83\.3 % of benchmarks not regressed \(5 of 6\) < required 90 % \(regressed: fix\.FixtureBench\.sumLoop[^)]*size=256/
// ---- 4: in a build, the committed results are not this build's measurement
Map j4 = V.json(new File(basedir, 'target/readiness-4/readiness.json'))
Map g4 = V.gates(j4)['performance-benchmarks']
assert g4.status == 'MISSING' && g4.value == null
assert g4.message.contains('results/jmh-result.json were last written ') && g4.message.contains(', before this build started (')
assert g4.message.contains('so they are not this build\'s measurement (readiness.staleEvidence=exclude)')
return true
