#!/bin/bash
# Regenerates app/src/main/resources/uncloud/app/console-startup-classes.txt: the classes the console loads
# from its jar and the JDK image before the login window shows, in load order (read by ConsoleWarmUp).
# Needs a packaged console (./mvnw -pl app -am package -DskipTests) and xvfb-run. Run from the repository root.
set -euo pipefail
log=$(mktemp)
out=$(mktemp)
setsid xvfb-run -a -s "-screen 0 1440x900x24" java -Xlog:class+load:file="$log" \
    -jar app/target/uncloud.jar console --profile demo >"$out" 2>&1 &
group=$!
for _ in $(seq 1 200); do grep -q "Login window shown" "$out" && break; sleep 0.1; done
kill -- -"$group" 2>/dev/null || true
sleep 1
# only up to the login window, only named classes (no lambdas or hidden classes), only jar and jrt sources
grep -E 'source: (file:|jar:|jrt:)' "$log" \
    | sed -E 's/^(\[[^]]*\])+ //' \
    | awk '{ print $1 }' \
    | grep -v -E '\$\$Lambda|/0x' \
    | awk '!seen[$0]++' >app/src/main/resources/uncloud/app/console-startup-classes.txt
wc -l app/src/main/resources/uncloud/app/console-startup-classes.txt
rm -f "$log" "$out"
