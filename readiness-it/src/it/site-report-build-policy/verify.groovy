/*
 * Post-build check of the site-report-build-policy IT (issue 15, two runs, see invoker.properties).
 */

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
List<String> runs = V.runs(basedir, 2)
runs.eachWithIndex { run, i -> assert run.contains('BUILD SUCCESS'): "run ${i + 1} failed" }

File target = new File(basedir, 'target')
Map json = V.json(new File(target, 'readiness/readiness.json'))
Map gates = V.gates(json)
assert gates['critical-component-coverage'].status == 'PASSED' && gates['safety-critical-coverage'].status == 'PASSED'
// the ITs keep the history under target/ (readiness-it/pom.xml)
File history = new File(target, 'readiness-history.jsonl')
assert history.readLines().size() == 1 // check's record of run 1; the site writes none

// ---- 1: the page is check's verdict
String html1 = new File(target, 'site/readiness.html').getText('UTF-8')
assert html1.contains(json.level) && html1.contains(json.timestamp)
assert html1.contains('This is the verdict the build wrote: readiness:check or readiness:report evaluated it at ' + json.timestamp)
assert html1.contains('tag safety-critical') && !html1.replace('<wbr>', '').contains('NOT_CONFIGURED') // a break opportunity must not hide it
String score = new java.math.BigDecimal(json.score.toString()).setScale(1, java.math.RoundingMode.DOWN).toPlainString()
assert html1.contains("${json.level}</b> &#x2014; score ${score};") || html1.contains("${json.level}</b> — score ${score};")
// check computed the trend before appending its own record: nothing "previous" on the page
assert html1.contains('0 previous builds') && !html1.contains('1 previous build')

// ---- 2: no verdict to show: evaluated by the build's policy, and it says so
String html2 = new File(target, 'site-2/readiness.html').getText('UTF-8')
assert html2.contains('Evaluated by this site report with the readiness configuration of &lt;build&gt;&lt;plugins&gt;, as the check goal applies it, because no verdict was written to ')
assert html2.contains('It is not a verdict readiness:check enforced')
assert !html2.contains('This is the verdict the build wrote')
assert html2.contains('tag safety-critical') && !html2.replace('<wbr>', '').contains('NOT_CONFIGURED')
assert html2.contains('critical-component-coverage')
assert html2.contains('1 previous build') // run 1's record, from an earlier Maven invocation
assert history.readLines().size() == 1
return true
