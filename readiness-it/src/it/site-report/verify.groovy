/*
 * Post-build check of the site-report IT: the readiness site page was rendered with the site's skin from the same
 * evaluation as the report files, and the Markdown summary went to the GitHub step summary.
 */
File target = new File(basedir, 'target')
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
assert log.contains('BUILD SUCCESS')
assert log.contains('Generating "Readiness" report')

File page = new File(target, 'site/readiness.html')
assert page.isFile(): "missing ${page}"
String html = page.getText('UTF-8')
assert html.contains('PRODUCTION_READY')
assert html.contains('critical-component-coverage')
assert html.contains('branch-coverage: 82.4 % of branches')
assert html.contains('tag safety-critical')
assert html.contains('Most missed lines in all classes')
assert html.contains('./css/') // rendered inside the site skin, not a standalone page

File reports = new File(target, 'readiness')
['readiness.json', 'readiness.md', 'readiness.html', 'badge.svg'].each { name ->
    assert new File(reports, name).isFile(): "missing ${name}"
}
String markdown = new File(reports, 'readiness.md').getText('UTF-8')
assert markdown.startsWith('## 🟢 Readiness: PRODUCTION_READY — score ')
assert new File(reports, 'badge.svg').getText('UTF-8').contains('PRODUCTION_READY')
assert new File(reports, 'readiness.html').getText('UTF-8')
        .contains("default-src 'none'; style-src 'unsafe-inline'; img-src data:")

File summary = new File(basedir, 'step-summary.md')
assert summary.isFile(): 'GITHUB_STEP_SUMMARY was not appended to'
assert summary.getText('UTF-8') == '\n' + markdown
return true
