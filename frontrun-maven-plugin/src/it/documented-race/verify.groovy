// A documented race (expect = RACE) that is still found keeps the build green: FOUND.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/frontrun/sample.DocumentedLostUpdateScenario.json'))

assert json.scenario.expect == 'RACE'
assert json.grade.status == 'FOUND'
assert json.grade.passes == true
assert (json.strategies*.strategy as Set) == (strategies.split(',') as Set)
def markers = json.strategies.find { it.strategy == 'markers' }
assert markers.verdict == 'VIOLATED'
assert markers.counterexample == 'a:read, b:read, a:write, b:write'
assert markers.reproductions == 3 && markers.reproduced == 3

assert log.contains('=> FOUND')
assert log.contains('BUILD SUCCESS')
true
