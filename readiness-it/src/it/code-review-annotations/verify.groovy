/*
 * Post-build check of the code-review-annotations IT (issue 22, three runs, see invoker.properties).
 */
import groovy.json.JsonSlurper

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 3)

// ---- 1: annotations on GitHub Actions, every format
String run = runs[0]
assert run.contains('BUILD SUCCESS')
Map j = V.json(new File(basedir, 'target/readiness-1/readiness.json'))
assert j.level == 'BLOCKED'
assert j.tests.failed == 14
List<String> commands = run.readLines().findAll { it.startsWith('::') }
List<String> errors = commands.findAll { it.startsWith('::error ') }
List<String> warnings = commands.findAll { it.startsWith('::warning ') }
List<String> notices = commands.findAll { it.startsWith('::notice ') }
assert commands.size() == errors.size() + warnings.size() + notices.size(): "an unexpected workflow command: ${commands}"
// GitHub shows 10 error annotations per step: 10 printed, the rest counted in one notice
assert errors.size() == 10
assert warnings.size() <= 10
assert notices.size() == 1
// worst first: the blocking gates, on the POM (a path relative to the repository root), then the failing tests
assert errors[0] ==~ /::error file=(\S+\/)?pom\.xml,title=critical-component-coverage%3A FAILED::critical-component-coverage: .*/
assert errors[1] ==~ /::error file=(\S+\/)?pom\.xml,title=test-pass-rate%3A FAILED::test-pass-rate: .*/
assert errors[2] ==~ /::error file=(\S+\/)?src\/test\/java\/com\/acme\/review\/MeterTest\.java,title=com\.acme\.review\.MeterTest\.readsTheGauge.*/
// the failure message's "%" and workflow command stay in the data, escaped as the runner decodes them
assert errors[2].contains('is off by 100%25 ::error file=pom.xml::injected %250A not a second line')

Map sarif = new JsonSlurper().parse(new File(basedir, 'target/readiness-1/readiness.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
List results = sarif.runs[0].results
int errorFindings = results.count { it.level == 'error' }
assert errorFindings > 10
String notice = notices[0]
int left = results.size() - errors.size() - warnings.size()
assert notice.startsWith('::notice title=readiness%3A ' + left + ' more findings::' + left + ' more readiness findings were not annotated')
assert notice ==~ /.*all ${results.size()} findings of com\.acme\.review:code-review-annotations:1\.0\.0-SNAPSHOT are in (\S+\/)?target\/readiness-1\/readiness\.sarif$/
// an uncovered class: its source file and its first missed line, in SARIF and as an annotation when it fits
Map meter = results.find { it.ruleId == 'critical-component-coverage' && it.message.text.startsWith('com.acme.review.Meter:') }
assert meter != null
Map location = meter.locations[0].physicalLocation
assert location.artifactLocation.uri.endsWith('src/main/java/com/acme/review/Meter.java')
assert location.artifactLocation.uriBaseId == 'SRCROOT'
assert location.region.startLine > 1
assert meter.partialFingerprints['readinessFinding/v1'] ==~ /[0-9a-f]{64}/
assert sarif.runs[0].tool.driver.version == readinessVersion
// GitLab Code Quality and the pull-request comment
List gitlab = new JsonSlurper().parse(new File(basedir, 'target/readiness-1/gl-code-quality-report.json'), 'UTF-8')
assert gitlab.size() == results.size()
assert gitlab*.fingerprint.unique().size() == gitlab.size()
assert gitlab.find { it.check_name == 'readiness/critical-component-coverage' && it.severity == 'blocker' }
String comment = new File(basedir, 'target/readiness-1/readiness-comment.md').getText('UTF-8')
assert comment.startsWith('## 🔴 Readiness: BLOCKED')
assert comment.length() < 65_536
assert comment =~ /…and 1 more finding not listed here/
assert new File(basedir, 'target/readiness-1/badge.svg').isFile()

// ---- 2: annotations off; the default formats
String second = runs[1]
assert second.contains('BUILD SUCCESS')
assert second.readLines().findAll { it.startsWith('::') }.isEmpty()
assert new File(basedir, 'target/readiness-2/readiness.sarif').isFile()
assert !new File(basedir, 'target/readiness-2/gl-code-quality-report.json').exists()
assert !new File(basedir, 'target/readiness-2/readiness-comment.md').exists()
// the same finding has the same fingerprint in another build
Map sarif2 = new JsonSlurper().parse(new File(basedir, 'target/readiness-2/readiness.sarif'), 'UTF-8')
assert sarif2.runs[0].results*.partialFingerprints == results*.partialFingerprints

// ---- 3: an unknown format
String third = runs[2]
assert third.contains("Unknown report format 'pdf' in readiness.formats: valid are json, md, html, badge, sarif, gitlab, comment and all (json is always written)")
assert !new File(basedir, 'target/readiness-3').exists()
// the -e chain (the invoker runs Maven with -e) ends at the configuration error, not at a crash
List<String> causes = third.readLines().findAll { it.startsWith('Caused by: ') }
assert causes == ["Caused by: org.apache.maven.plugin.MojoExecutionException: Unknown report format 'pdf' in" +
        ' readiness.formats: valid are json, md, html, badge, sarif, gitlab, comment and all (json is always written)']
return true
