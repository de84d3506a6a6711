// The scenario ran on PostgreSQL in a container of the real engine (the JSON says docker), and the container is
// gone afterwards: no container labelled dev.frontrun=true is left by this build (or by any dead process).
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def engine = new Properties()
new File(basedir, 'docker-engine.properties').withInputStream { engine.load(it) }
def results = new File(basedir, 'target/frontrun')
def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(results, 'sample.JdbcLostUpdateScenario.json'))

assert json.environment.databaseProvider == 'docker'
assert json.environment.databaseVersion =~ /^\d+(\.\d+)+/
assert new JsonSlurper().parse(new File(results, 'run.json')).databaseProvider == 'docker'
assert (json.strategies*.strategy as Set) == (strategies.split(',') as Set)
assert json.grade.status == 'FOUND'
assert json.strategies.find { it.strategy == 'markers' }.reason.contains('2 increments, but the row holds 1')
assert log.contains('BUILD SUCCESS')

def started = log =~ /frontrun: docker PostgreSQL (.+?) \(image (\S+), container (\w+)\) on 127\.0\.0\.1:\d+ ready in/
assert started.find(): 'the build log names the container it started'
assert started.group(1) == json.environment.databaseVersion
assert started.group(2) == engine.image
String container = started.group(3)

def process = new ProcessBuilder('docker', 'ps', '-a', '--no-trunc', '--filter', 'label=dev.frontrun=true',
        '--format', '{{.ID}} {{.Label "dev.frontrun.pid"}} {{.Label "dev.frontrun.host"}} {{.Status}}')
        .redirectErrorStream(true)
process.environment().put('DOCKER_HOST', engine.host)
def ps = process.start()
def listing = new StringBuilder()
def reader = Thread.start { listing << ps.inputStream.text }
assert ps.waitFor(60, TimeUnit.SECONDS): 'docker ps did not answer within 60 s'
reader.join(10_000)
assert ps.exitValue() == 0: "docker ps failed: ${listing}"
def left = listing.toString().readLines().findAll { it.trim() }.collect { it.split(' ', 4) }
println "containers labelled dev.frontrun=true after the build: ${left.size()} ${left}"
assert !left.any { it[0].startsWith(container) }: "container ${container} of this build was not removed"
String thisHost = System.getenv('HOSTNAME') ?: new File('/proc/sys/kernel/hostname').text.trim()
def orphans = left.findAll { it.size() > 2 && it[2] == thisHost && it[1].isLong() && !ProcessHandle.of(it[1] as long).isPresent() }
assert !orphans: "containers of finished processes are left: ${orphans}"
// a successful build is quiet: no docker-java or httpclient lines at INFO or ERROR
def buildLog = new File(basedir, 'build.log').text
assert !buildLog.contains('Error during callback') && !buildLog.contains('recoverable I/O exception')
assert !buildLog.readLines().any { it =~ /^\[(INFO|ERROR)\] .*(com\.github\.dockerjava|org\.apache\.hc\.)/ }
true
