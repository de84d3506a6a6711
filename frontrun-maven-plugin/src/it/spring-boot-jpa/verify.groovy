// The Spring Boot service's lost deposit is found by DPOR and each fix holds with an exhaustive DPOR exploration.
def log = new File(basedir, 'build.log').text
def results = (log =~ /FRONTRUN-RESULT (\w+) (\d+) exhaustive=(\w+)/).collect { [it[1], it[2] as int, it[3]] }
assert results.size() == 4 : log
def lost = results.find { it[0] == 'VIOLATED' }
assert lost != null && lost[1] <= 10 : results
assert results.count { it[0] == 'HOLDS' && it[2] == 'true' } == 3 : results
assert log.contains('Lost update')
assert log.contains('Tests run: 4, Failures: 0, Errors: 0')
assert log.contains('BUILD SUCCESS')
true
