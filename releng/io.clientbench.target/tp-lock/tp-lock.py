#!/usr/bin/env python3
"""Freeze a Maven-only Eclipse target platform.

Reads roots.txt, walks the POM dependency graph (compile/runtime, non-optional, like Tycho's Maven
location with includeDependencyDepth="infinite"), but picks ONE version per groupId:artifactId: the
newest stable release (optionally constrained by a version prefix). Eclipse publishes to Maven Central
only at release time and only changed bundles, so "newest of every GA" == the newest Eclipse release,
whereas the soft versions written in the POMs are often stale (older bundles/duplicates).

Writes a .target with includeDependencyDepth="none" (explicit, reproducible list).

Usage: MAVEN_REPO_URL=<base url of a Maven 2 repository> tp-lock.py roots.txt out.target
(the repository URL is deliberately not written into this file)
"""
import os
import re
import sys
import urllib.request
import xml.etree.ElementTree as ET
from collections import OrderedDict, deque

BASE = os.environ.get("MAVEN_REPO_URL")
if not BASE:
    sys.exit("set MAVEN_REPO_URL")
BASE = BASE.rstrip("/")
NS = ""  # namespaces are stripped in pom() (some POMs, e.g. Bouncy Castle, have none)
PRE = re.compile(r"(alpha|beta|rc|cr|m\d|milestone|snapshot|b\d|ea|preview|^v\d{8})", re.I)
_cache = {}


def fetch(path):
    if path not in _cache:
        try:
            with urllib.request.urlopen(BASE + "/" + path, timeout=60) as r:
                _cache[path] = r.read()
        except Exception:
            _cache[path] = None
    return _cache[path]


def vkey(v):
    out = []
    for p in re.split(r"[.\-]", v):
        out.append((0, int(p), "") if p.isdigit() else (1, 0, p))
    return out


def stable(v):
    parts = re.split(r"[.\-]", v)
    if parts[0].isdigit() and int(parts[0]) >= 10000:  # e.g. commons-io 20030203.000550
        return False
    return not any(PRE.search(p) for p in parts[1:]) and "SNAPSHOT" not in v


def versions(g, a):
    data = fetch(f"{g.replace('.', '/')}/{a}/maven-metadata.xml")
    if not data:
        return []
    return [e.text for e in ET.fromstring(data).iter("version")]


def pick(g, a, prefix):
    vs = [v for v in versions(g, a) if stable(v)]
    if prefix and prefix.startswith("="):
        vs = [v for v in versions(g, a) if v == prefix[1:]]
    elif prefix:
        vs = [v for v in vs if v == prefix or v.startswith(prefix + ".") or v.startswith(prefix + "-")]
    return max(vs, key=vkey) if vs else None


def txt(el, tag, default=None):
    x = el.find(NS + tag)
    return x.text.strip() if x is not None and x.text else default


def pom(g, a, v):
    data = fetch(f"{g.replace('.', '/')}/{a}/{v}/{a}-{v}.pom")
    if not data:
        return None
    root = ET.fromstring(data)
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]
    return root


def deps(g, a, v):
    root = pom(g, a, v)
    if root is None:
        return []
    props = {"project.groupId": g, "project.version": v, "pom.groupId": g}
    parent = root.find(NS + "parent")
    if parent is not None:
        props["project.parent.groupId"] = txt(parent, "groupId")
    pe = root.find(NS + "properties")
    if pe is not None:
        for p in pe:
            props[p.tag.replace(NS, "")] = (p.text or "").strip()
    sub = lambda s: re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), s or "")
    out = []
    ds = root.find(NS + "dependencies")  # top-level only: OS profiles (SWT) are handled by explicit roots
    for d in (ds if ds is not None else []):
        scope = txt(d, "scope", "compile")
        if scope not in ("compile", "runtime") or txt(d, "optional", "false") == "true":
            continue
        if txt(d, "type", "jar") not in ("jar", "bundle") or txt(d, "classifier"):
            continue
        out.append((sub(txt(d, "groupId")), sub(txt(d, "artifactId"))))
    return out


def main(roots_file, out_file):
    roots, constraints, excludes, extra, bsn_override = [], {}, set(), [], {}
    for line in open(roots_file):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@"):  # @groupId:artifactId=Bundle-SymbolicName[|Header: value...] for wrapped (non-OSGi) jars
            ga, rest = line[1:].split("=", 1)
            g, a = ga.split(":")
            parts = [x.strip() for x in rest.split("|")]
            bsn_override[(g, a)] = (parts[0], dict(tuple(y.strip() for y in x.split(":", 1)) for x in parts[1:]))
            continue
        kind = line[0] if line[0] in "!-+" else ""
        parts = line.lstrip("!-+").split(":")
        g, a, pfx = parts[0], parts[1], parts[2] if len(parts) > 2 else None
        if kind == "!":
            constraints[(g, a)] = pfx
        elif kind == "-":
            excludes.add((g, a))
        elif kind == "+":  # additional exact version besides the newest (multi-version needs)
            extra.append((g, a, pfx))
        else:
            roots.append((g, a, pfx))

    def prefix_for(g, a, explicit):
        return explicit or constraints.get((g, a)) or constraints.get((g, "*"))

    chosen, via = OrderedDict(), {}
    queue = deque()
    for g, a, p in roots:
        queue.append((g, a, p, "root"))
    while queue:
        g, a, p, parent = queue.popleft()
        if (g, a) in chosen or (g, a) in excludes or (g, "*") in excludes:
            continue
        v = pick(g, a, prefix_for(g, a, p))
        if not v:
            print(f"WARN no stable version for {g}:{a} (prefix {prefix_for(g, a, p)}) needed by {parent}", file=sys.stderr)
            continue
        chosen[(g, a)] = v
        via[(g, a)] = parent
        for dg, da in deps(g, a, v):
            if (dg, da) not in chosen:
                queue.append((dg, da, None, f"{a}"))
    rows = sorted(chosen.items()) + [((g, a), v) for g, a, v in extra]
    with open(out_file, "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<?pde version="3.8"?>\n')
        f.write('<!-- GENERATED by releng/io.clientbench.target/tp-lock/tp-lock.py from roots.txt - do not edit by hand -->\n')
        f.write('<target name="clientbench.target" sequenceNumber="2">\n  <locations>\n')
        f.write('    <location type="Maven" label="Locked (all from Maven Central)" includeDependencyDepth="none"\n'
                '              includeDependencyScopes="compile" includeSource="false" missingManifest="generate">\n'
                '      <dependencies>\n')
        for (g, a), v in rows:
            f.write(f'        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version><type>jar</type></dependency>'
                    f' <!-- via {via.get((g, a), "extra")} -->\n')
        f.write('      </dependencies>\n')
        for (g, a), (bsn, headers) in sorted(bsn_override.items()):
            v = chosen.get((g, a))
            if not v:
                continue
            h = {"Import-Package": "*;resolution:=optional", "Export-Package": '*;version="${version}";-noimport:=true',
                 "DynamicImport-Package": "*"}
            h.update(headers)
            h = {k: val for k, val in h.items() if val != "<remove>"}
            f.write(f'      <!-- custom OSGi metadata for the wrapped (manifest-less) jar {g}:{a}; reference must be g:a::v (empty classifier) -->\n')
            f.write(f'      <instructions reference="{g}:{a}::{v}"><![CDATA[\n'
                    f'Bundle-Name: {a} (wrapped from Maven {g}:{a}:{v})\n'
                    'version: ${version_cleanup;${mvnVersion}}\n'
                    f'Bundle-SymbolicName: {bsn}\n'
                    'Bundle-Version: ${version}\n'
                    + "".join(f"{k}: {val}\n" for k, val in h.items()) +
                    ']]></instructions>\n')
        f.write('    </location>\n  </locations>\n</target>\n')
    print(f"{len(rows)} artifacts written to {out_file}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
