#!/usr/bin/env bash
# Known vulnerabilities in the Python packages the tests install
# (tests/python/requirements.txt: python-fido2, pyscard and their
# dependencies, pinned with hashes), checked with pip-audit against PyPI's
# vulnerability service (the JSON API's "vulnerabilities", fed by the PyPA
# advisory database; OSV itself is not reachable from CI). pip-audit is
# pinned with hashes too (tests/python/requirements-audit.txt) and lives in
# its own venv. Prints every package and version it checked. Fails on a known
# vulnerability, and fails loudly (never "ok") when the service cannot be
# reached or answers for fewer packages than the file pins.
set -euo pipefail
cd "$(dirname "$0")/.."
req=tests/python/requirements.txt
tool_req=tests/python/requirements-audit.txt
venv=target/py-audit-venv
stamp="$venv/.requirements.sha256"
want=$(sha256sum "$tool_req" | cut -d' ' -f1)
if [ ! -x "$venv/bin/pip-audit" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes -r "$tool_req"
  echo "$want" >"$stamp"
fi

report=$(mktemp)
log=$(mktemp)
trap 'rm -f "$report" "$log"' EXIT
# --disable-pip: the file pins every package with its hash, so nothing is
# resolved or installed (pyscard would otherwise be built); each pin is
# looked up on PyPI as written.
status=0
"$venv/bin/pip-audit" --disable-pip --require-hashes -r "$req" \
  --vulnerability-service pypi --progress-spinner off --format json --output "$report" \
  2>"$log" || status=$?
# Its own summary says "No known vulnerabilities found" also when it skipped
# every package, so it is shown only when something went wrong.
if [ "$status" -ne 0 ]; then cat "$log" >&2; fi

# pip-audit exits 1 both for "vulnerable" and for errors; the report tells
# them apart: it is only complete when every pinned package was looked up.
# pip-audit asks PyPI's per-release endpoint (/pypi/NAME/VERSION/json), which
# the PyPI reachable from here answers with 404 ("not found on PyPI"). For
# those, the project endpoint (/pypi/NAME/json) is asked instead: its
# "vulnerabilities" are those of the project's latest release, so they
# count only when the pin IS the latest release; otherwise the package is
# reported as not checked and the script fails.
"$venv/bin/python" - "$req" "$report" "$status" <<'PY'
import json, re, sys
req, report, status = sys.argv[1], sys.argv[2], int(sys.argv[3])
pinned = {}
for line in open(req):
    m = re.match(r"^([A-Za-z0-9._-]+)==([^\s\\]+)", line)
    if m:
        pinned[m.group(1).lower().replace("_", "-")] = m.group(2)
try:
    deps = json.load(open(report))["dependencies"]
except (OSError, ValueError, KeyError):
    sys.exit(f"audit-python: FAILED: no report from pip-audit (exit {status}); "
             "PyPI's vulnerability service was not reached, nothing was checked")
print(f"audit-python: {len(pinned)} packages pinned in {req}, checked against PyPI's vulnerability service:")

def latest_release_vulns(name, version):
    """The project endpoint's vulnerabilities, if `version` is the latest."""
    import requests
    r = requests.get(f"https://pypi.org/pypi/{name}/json", timeout=60)
    r.raise_for_status()
    project = r.json()
    if project["info"]["version"] != version or "vulnerabilities" not in project:
        return None, project["info"]["version"]
    return [
        {"id": v["id"], "fix_versions": v.get("fixed_in") or []}
        for v in project["vulnerabilities"]
        if not v.get("withdrawn")
    ], version

vulnerable, skipped = 0, []
seen = set()
for d in deps:
    name = d["name"].lower().replace("_", "-")
    seen.add(name)
    version = d.get("version") or pinned.get(name)
    source = ""
    if "skip_reason" in d:
        if "not found on PyPI" not in d["skip_reason"] or version is None:
            skipped.append(f"{name}: {d['skip_reason']}")
            print(f"  {name} {version}: NOT CHECKED ({d['skip_reason']})")
            continue
        try:
            vulns, latest = latest_release_vulns(name, version)
        except Exception as e:  # unreachable, refused, unreadable: loud
            sys.exit(f"audit-python: FAILED: PyPI's vulnerability service not reached for {name}: {e}")
        if vulns is None:
            skipped.append(f"{name}: {version} is not the latest release ({latest})")
            print(f"  {name} {version}: NOT CHECKED (not the latest release, {latest}; "
                  "PyPI here serves vulnerabilities only for the latest)")
            continue
        d = {"version": version, "vulns": vulns}
        source = " (project endpoint: the latest release)"
    vulns = d.get("vulns", [])
    vulnerable += bool(vulns)
    ids = ", ".join(v["id"] + (f" (fixed in {', '.join(v['fix_versions'])})" if v.get("fix_versions") else "")
                    for v in vulns)
    print(f"  {name} {d['version']}: " + (ids if vulns else "no known vulnerabilities") + source)
missing = sorted(set(pinned) - seen)
if missing or skipped:
    sys.exit(f"audit-python: FAILED: not checked: {', '.join(missing + skipped)}")
if vulnerable:
    sys.exit(f"audit-python: FAILED: {vulnerable} package(s) with known vulnerabilities")
if status != 0:
    sys.exit(f"audit-python: FAILED: pip-audit exited with {status}")
print("audit-python: ok")
PY
