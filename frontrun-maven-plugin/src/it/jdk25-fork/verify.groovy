// The explore goal forks the scenario JVM on JDK 25 with -javaagent: the agent is loaded at start, so JDK 25 prints
// neither its dynamic-agent warning nor the -XX:+EnableDynamicAgentLoading advice, in the build log or in the
// scenario JVM's own log; the race is still found there.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/frontrun/sample.Jdk25CounterScenario.json'))
def forkLogs = []
new File(basedir, 'target').eachFileRecurse { if (it.name.endsWith('.log') && it.text.contains('FRONTRUN-FORK-JDK')) forkLogs << it }

assert forkLogs.size() == 1: "expected one scenario JVM log with FRONTRUN-FORK-JDK, found ${forkLogs}"
def fork = forkLogs[0].text
assert fork.contains('FRONTRUN-FORK-JDK 25'): fork
[log, fork].each { text ->
    assert !text.contains('A Java agent has been loaded dynamically')
    assert !text.contains('EnableDynamicAgentLoading')
    // the bridge is on -Xbootclasspath/a: class data sharing stays on, with no warning
    assert !text.contains('bootstrap classpath has been appended')
}
assert log.contains('frontrun: class data sharing archive for the agent')
assert json.strategies*.strategy == ['dpor']
assert json.grade.status == 'FOUND': json.grade
assert log.contains('BUILD SUCCESS')
// byte-buddy's nexus (which called sun.misc.Unsafe, and JDK 24+ warned) is switched off in frontrun's shaded copy
assert !fork.contains('sun.misc.Unsafe'): fork
true
