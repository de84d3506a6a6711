// A benchmark, not a check of the usual run: only with -Pbench-jdbc (frontrun.it.bench=true).
if (bench != 'true') {
    println 'SKIPPING jdbc-rate: it runs with -Pbench-jdbc'
    return false
}
true
