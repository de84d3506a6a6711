// A scenario declared RACE whose code is correct now fails the build: MISSED, with advice to declare it SAFE.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/frontrun/sample.FixedLostUpdateScenario.json'))

assert json.scenario.expect == 'RACE'
assert json.grade.status == 'MISSED'
assert json.grade.passes == false
assert (json.strategies*.strategy as Set) == (strategies.split(',') as Set)
json.strategies.each { assert it.verdict != 'VIOLATED': "${it.strategy} found a race in locked code: ${it.reason}" }
// the schedule needs b inside the lock that a holds: infeasible, and frontrun says so
assert json.strategies.find { it.strategy == 'markers' }.reason.contains('infeasible')

assert log.contains('BUILD FAILURE')
assert log.contains('sample.FixedLostUpdateScenario: MISSED - declared RACE, but no strategy reproduced it')
assert log.contains('if the bug was fixed, declare the scenario SAFE')
assert !log.contains('could not run every scenario')
true
