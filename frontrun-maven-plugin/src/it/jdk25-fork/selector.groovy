// The scenario JVM runs on JDK 25 (frontrun.jvm in invoker.properties): without that JDK the build is skipped, said
// on the console (.ci/run, which has it, checks that the build ran).
def jdk = new File('/usr/lib/jvm/temurin-25-jdk-amd64/bin/java')
if (!jdk.canExecute()) {
    System.err.println("jdk25-fork: skipped, no JDK 25 at ${jdk}")
    return false
}
true
