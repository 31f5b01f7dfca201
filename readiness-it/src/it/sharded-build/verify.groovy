V = evaluate(new File(itShared, 'Verify.groovy'))
List<String> runs = V.runs(basedir, 12)
return true
