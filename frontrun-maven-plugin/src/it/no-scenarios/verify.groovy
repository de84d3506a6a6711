// No accidental green: finding no scenario is never a silent success.
def log = new File(basedir, 'build.log').text

// 1: explore before compilation
assert log.contains('[WARNING] No race scenario found: no test classes are compiled in ')
assert log.contains("Run 'mvn test-compile frontrun:explore'")
// 2: an unmatched frontrun.includes
assert log.contains('No race scenario matches frontrun.includes=NoSuchScenario; the project has 1: sample.LostUpdateScenario.')
assert log.contains('frontrun.includes was set, so a run without scenarios is a failure, not a green build.')
assert log.count('BUILD SUCCESS') == 1
assert log.count('BUILD FAILURE') == 1
assert !log.contains('Found 1 race scenario(s)')
true
