#!/usr/bin/env bash
# Times, against your own store and on the same machine, the seed's manual backup procedure (one admin JVM per
# command: `snapshot create -name NAME -json`, `show topology -verbose -json`, then `show parameter -service snN
# -json` for every Storage Node the topology lists: 2 + SNs launches) and `nosql-snapshot create` (one admin JVM for
# the same information and its verdict), alternately, and prints each round (with where create's time went, from
# its timeline) and the ratio of the medians.
#
#   scripts/compare-with-manual.sh --kvstore-jar /opt/oracle/kv/lib/kvstore.jar --host node1 --port 5000 \
#       [--security FILE --username USER] [--rounds 5] [--name TIMING] [--cli cli/target/nosql-snapshot.jar]
#       [--java java] [--admin-java-option OPT ...] [--keep-snapshots]
#
# Each round takes two snapshots (one per procedure); they are removed at the end with `snapshot remove -name`
# unless --keep-snapshots. Run the CLI once before timing if you want its first run (which writes the admin JVM's
# class-data archive) out of the figures: the script does one untimed `create` for that unless --rounds is 1.
# Needs bash, GNU date (%N), a built CLI (./mvnw -B -f offline -pl ../cli -am package -DskipTests).
set -euo pipefail

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

jar="" host="" port="" security="" username="" rounds=5 name=TIMING java=java keep=false
cli="$(dirname "$0")/../cli/target/nosql-snapshot.jar"
admin_java_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --kvstore-jar) jar=$2; shift 2 ;;
    --host) host=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --security) security=$2; shift 2 ;;
    --username) username=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --java) java=$2; shift 2 ;;
    --admin-java-option) admin_java_options+=("$2"); shift 2 ;;
    --keep-snapshots) keep=true; shift ;;
    -h|--help) usage ;;
    *) echo "compare-with-manual: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$jar" ] && [ -n "$host" ] && [ -n "$port" ] || { echo "compare-with-manual: give --kvstore-jar, --host and --port" >&2; exit 2; }
[ -f "$jar" ] || { echo "compare-with-manual: no such kvstore.jar: $jar" >&2; exit 2; }
[ -f "$cli" ] || { echo "compare-with-manual: no CLI jar at $cli; build it: ./mvnw -B -f offline -pl ../cli -am package -DskipTests" >&2; exit 2; }
case "$rounds" in ''|*[!0-9]*|0) echo "compare-with-manual: --rounds must be a positive whole number" >&2; exit 2 ;; esac

login=()
[ -n "$security" ] && login+=(-security "$security")
[ -n "$username" ] && login+=(-username "$username")
cli_login=()
[ -n "$security" ] && cli_login+=(--security "$security")
[ -n "$username" ] && cli_login+=(--username "$username")
cli_java_options=()
for option in "${admin_java_options[@]+"${admin_java_options[@]}"}"; do
  cli_java_options+=(--admin-java-option "$option")
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
taken=()

# The seed's procedure: one plain `java -jar kvstore.jar runadmin` per command, as kv_admin runs it.
kv_admin() {
  "$java" "${admin_java_options[@]+"${admin_java_options[@]}"}" -jar "$jar" runadmin -host "$host" -port "$port" \
    "${login[@]+"${login[@]}"}" "$@"
}

now() { date +%s%N; }

manual() {
  local out=$work/manual-$1
  kv_admin snapshot create -name "$name" -json >"$out.create" 2>/dev/null || true
  kv_admin show topology -verbose -json >"$out.topology" 2>/dev/null || true
  local sn
  for sn in $(grep -o '"resourceId" *: *"sn[0-9]*"' "$out.topology" | grep -o 'sn[0-9]*' | sort -u); do
    kv_admin show parameter -service "$sn" -json >"$out.$sn" 2>/dev/null || true
  done
}

tool() {
  java -jar "$cli" create --kvstore-jar "$jar" --java "$java" --host "$host" --port "$port" \
    "${cli_login[@]+"${cli_login[@]}"}" "${cli_java_options[@]+"${cli_java_options[@]}"}" \
    --name "$name" --report-dir "$work/tool-$1" --lock-timeout 10m >"$work/tool-$1.out" 2>&1 || true
}

snapshot_of() { grep -o '"snapshotName" *: *"[^"]*"' "$1" 2>/dev/null | head -1 | sed 's/.*: *"//; s/"$//'; }

if [ "$rounds" -gt 1 ]; then
  tool warmup # its first run writes the admin JVM's class-data archive; not timed
  s=$(snapshot_of "$work/tool-warmup/report.json"); [ -n "$s" ] && taken+=("$s")
fi

manual_ms=() tool_ms=()
for round in $(seq 1 "$rounds"); do
  # alternate which goes first, so a drift of the machine's load weighs on both alike
  for which in $( [ $((round % 2)) -eq 1 ] && echo "manual tool" || echo "tool manual"); do
    start=$(now)
    "$which" "$round"
    ms=$(( ($(now) - start) / 1000000 ))
    if [ "$which" = manual ]; then
      manual_ms+=("$ms"); s=$(snapshot_of "$work/manual-$round.create")
    else
      tool_ms+=("$ms"); s=$(snapshot_of "$work/tool-$round/report.json")
    fi
    [ -n "$s" ] && taken+=("$s")
  done
  echo "round $round: manual procedure ${manual_ms[-1]} ms, nosql-snapshot create ${tool_ms[-1]} ms"
  # where create's time went, from its own timeline (report.json has every phase)
  spent=$(grep -o 'time: .*' "$work/tool-$round.out" | head -1 | sed 's/^time: //')
  [ -n "$spent" ] && echo "round $round: create: $spent"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
m=$(median "${manual_ms[@]}")
t=$(median "${tool_ms[@]}")
echo "median: manual procedure $m ms, nosql-snapshot create $t ms"
awk -v t="$t" -v m="$m" 'BEGIN { if (m > 0) printf "ratio: create takes %.2fx the time of the manual procedure\n", t / m }'

if [ "$keep" = true ]; then
  echo "snapshots kept: ${taken[*]+"${taken[*]}"}"
else
  for s in "${taken[@]+"${taken[@]}"}"; do
    kv_admin snapshot remove -name "$s" >/dev/null 2>&1 || echo "could not remove snapshot $s; remove it with: snapshot remove -name $s" >&2
  done
  echo "snapshots removed: ${#taken[@]}"
fi
