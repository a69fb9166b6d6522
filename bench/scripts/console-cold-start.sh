#!/bin/bash
# Cold start of the console to its login window, as docs/benchmarks.md reports it: each round starts
# `java -jar JAR console --profile demo` under Xvfb and reads the console's own log line
# "Login window shown N ms after the JVM started" (process start to Stage.show returning).
# With two jars, rounds alternate between them so both see the same machine load.
# usage: bench/scripts/console-cold-start.sh ROUNDS JAR [BASELINE_JAR]
set -euo pipefail
rounds=$1
jars=("$2")
if [ $# -ge 3 ]; then jars+=("$3"); fi
declare -A times
for round in $(seq 1 "$rounds"); do
    for jar in "${jars[@]}"; do
        out=$(mktemp)
        # its own process group, so the console, xvfb-run and Xvfb all stop together
        setsid xvfb-run -a -s "-screen 0 1440x900x24" java -jar "$jar" console --profile demo >"$out" 2>&1 &
        group=$!
        for _ in $(seq 1 300); do grep -q "Login window shown" "$out" && break; sleep 0.05; done
        ms=$(grep -o "Login window shown [0-9]*" "$out" | awk '{ print $4 }')
        kill -- -"$group" 2>/dev/null || true
        wait || true
        rm -f "$out"
        times[$jar]="${times[$jar]:-} $ms"
        sleep 1
    done
done
for jar in "${jars[@]}"; do
    sorted=$(tr ' ' '\n' <<<"${times[$jar]}" | grep . | sort -n | tr '\n' ' ')
    median=$(tr ' ' '\n' <<<"$sorted" | grep . | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    echo "$jar: median ${median} ms; all: ${sorted}"
done
