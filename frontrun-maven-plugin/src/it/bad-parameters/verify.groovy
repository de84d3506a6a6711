// Invalid parameters fail the build with a message that names the parameter, the bad value and what is valid;
// nothing runs (the racy scenario would otherwise produce results).
def log = new File(basedir, 'build.log').text

assert log.contains("Bad frontrun.strategies 'markers,bogus': Unknown strategy 'bogus': use any of [markers, marker-orders, random,")
assert log.contains("Bad frontrun.database 'nosuch': use one of [auto, docker, embedded, external, none].")
assert log.count('BUILD FAILURE') == 2
assert !log.contains('Found 1 race scenario(s)')
def results = new File(basedir, 'target/frontrun')
assert !results.exists() || !results.listFiles().any { it.name.endsWith('.json') }
true
