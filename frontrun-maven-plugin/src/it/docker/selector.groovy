// A real Docker engine for this build: the repository's docker/start-dockerd.sh (installs docker.io when needed,
// starts a private dockerd with host networking only) and docker/local-postgres-image.sh (no registry is needed).
// No engine -> skip, said on the console; an engine but no image -> the build fails.
import java.util.concurrent.TimeUnit

def console = new PrintStream(new FileOutputStream(FileDescriptor.err), true)
def docker = new File(repositoryRoot, 'docker')

def run = { List<String> command, Map<String, String> env, int seconds, String logName ->
    def out = new File(basedir, logName)
    def builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out)
            .redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null')))
    builder.environment().putAll(env)
    long started = System.nanoTime()
    def process = builder.start()
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.descendants().each { it.destroyForcibly() }
        process.destroyForcibly()
        return [ok: false, text: "did not finish within ${seconds} s\n" + out.text, millis: 0]
    }
    [ok: process.exitValue() == 0, text: out.text, millis: (System.nanoTime() - started).intdiv(1_000_000)]
}
def lastLine = { String text -> text.readLines().findAll { it.trim() }.last().trim() }

def engine = run(['bash', new File(docker, 'start-dockerd.sh').path], [:], 420, 'docker-engine.log')
if (!engine.ok) {
    def why = "SKIPPING the Docker build: no Docker engine could be started (docker/start-dockerd.sh):\n" +
            engine.text.readLines().takeRight(10).join('\n')
    console.println('[frontrun-it] ' + why)
    println why
    return false
}
String host = lastLine(engine.text)
def image = run(['bash', new File(docker, 'local-postgres-image.sh').path], [DOCKER_HOST: host], 900,
        'docker-image.log')
if (!image.ok) {
    throw new IllegalStateException('docker/local-postgres-image.sh failed on the engine at ' + host + ':\n'
            + image.text)
}
String name = lastLine(image.text)
def timing = "Docker engine ${host} in ${engine.millis} ms, image ${name} in ${image.millis} ms"
console.println('[frontrun-it] ' + timing)
println timing
new File(basedir, 'docker-engine.properties').text = "host=${host}\nimage=${name}\n"
context.userProperties.put('frontrun.docker.host', host)
context.userProperties.put('frontrun.docker.image', name)
true
