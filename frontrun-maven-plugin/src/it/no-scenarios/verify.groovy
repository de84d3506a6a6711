// No accidental green: finding no scenario is never a silent success.
def log = new File(basedir, 'build.log').text

// 1: explore before compilation
assert log.contains('[WARNING] No race scenario found: no test classes are compiled in ')
assert log.contains("Run 'mvn test-compile frontrun:explore'")
// 3: an unmatched frontrun.includes
assert log.contains('No race scenario matches frontrun.includes=NoSuchScenario; the project has 1: sample.LostUpdateScenario.')
assert log.contains('frontrun.includes was set, so a run without scenarios is a failure, not a green build.')
assert log.count('BUILD SUCCESS') == 2
assert log.count('BUILD FAILURE') == 1
// 2 ran the scenario; 3 removed its results, so no report mixes runs with other includes
assert log.count('Found 1 race scenario(s)') == 1
def results = new File(basedir, 'target/frontrun')
assert !results.listFiles().any { it.name.endsWith('.json') }: "results of run 2 left: ${results.list()}"
assert !new File(results, 'index.html').exists()
true
