#!/usr/bin/env python3
"""Builds quotelight's WebAssembly bundles as wasm-pack.toml lists them.

  scripts/build.py [BUNDLE ...] [--dev]

For each bundle (all when none is named): `wasm-pack build --target T --out-dir D
--out-name quotelight`, then wasm-opt from the npm package binaryen with the manifest's
arguments, then the size budget check. The page bundle also gets the sample article:
the seed article from ../shared when present (it may not be committed), else www/sample.txt.
"""
import gzip
import json
import os
import shutil
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, **kw):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def main(argv):
    dev = "--dev" in argv
    names = [a for a in argv if not a.startswith("--")]
    with open(os.path.join(ROOT, "wasm-pack.toml"), "rb") as f:
        manifest = tomllib.load(f)
    bundles = manifest["bundle"]
    unknown = set(names) - {b["name"] for b in bundles}
    if unknown:
        sys.exit(f"build: unknown bundle(s) {sorted(unknown)}; wasm-pack.toml has {[b['name'] for b in bundles]}")
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([os.path.join(ROOT, "node_modules", ".bin"), os.path.join(os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo")), "bin"), env["PATH"]])
    wasm_opt = shutil.which("wasm-opt", path=env["PATH"])
    if not dev and (wasm_opt is None or "node_modules" not in wasm_opt):
        sys.exit("build: wasm-opt from the npm package binaryen is missing; run scripts/setup.sh")
    opt = manifest.get("wasm-opt", {})
    budget = manifest.get("budget", {}).get("wasm_bytes")
    gz_budget = manifest.get("budget", {}).get("wasm_gzip_bytes")
    for b in bundles:
        if names and b["name"] not in names:
            continue
        out_dir = os.path.join(ROOT, b["out_dir"])
        profile = "--dev" if dev else "--release"
        features = ["--", "--features", ",".join(b["features"])] if b.get("features") else []
        run(["wasm-pack", "--quiet", "build", profile, "--target", b["target"],
             "--out-dir", out_dir, "--out-name", "quotelight", *features], env=env)
        wasm = os.path.join(out_dir, "quotelight_bg.wasm")
        if not dev:
            feats = [f"--enable-{x}" for x in opt.get("features", [])]
            run([wasm_opt, *opt.get("args", ["-O3"]), *feats, wasm, "-o", wasm], env=env)
        size = os.path.getsize(wasm)
        with open(wasm, "rb") as f:
            gz = len(gzip.compress(f.read(), 9))
        print(f"build: {b['name']}: {os.path.relpath(wasm, ROOT)} is {size} bytes, {gz} gzipped"
              + (f" (budget {budget}, {gz_budget} gzipped)" if budget else ""))
        if budget and not dev and size > budget:
            sys.exit(f"build: {b['name']} is over its size budget: {size} > {budget} bytes")
        if gz_budget and not dev and gz > gz_budget:
            sys.exit(f"build: {b['name']} is over its gzip size budget: {gz} > {gz_budget} bytes")
        # wasm-pack writes a README and a .gitignore of '*' into the out dir: neither belongs
        # in a bundle (npm would honour the .gitignore and leave the files out).
        for extra in (".gitignore", "README.md", "LICENSE"):
            if os.path.exists(os.path.join(out_dir, extra)):
                os.remove(os.path.join(out_dir, extra))
        worker_src = os.path.join(ROOT, "npm", "worker")
        if b["name"] == "page":
            # The page uses the package's Worker API: one source, copied.
            shutil.copytree(worker_src, os.path.join(out_dir, "worker"), dirs_exist_ok=True)
            seed = os.path.join(ROOT, "..", "shared", "data", "seed", "article.txt")
            src = seed if os.path.exists(seed) else os.path.join(ROOT, "www", "sample.txt")
            shutil.copyfile(src, os.path.join(out_dir, "sample.txt"))
            print(f"build: sample article from {os.path.relpath(src, ROOT)}")
    built = {b["name"] for b in bundles if not names or b["name"] in names}
    if "extension" in built:
        assemble_extension()
    if {"npm-web", "npm-bundler", "npm-node"} <= built:
        assemble_npm()


def assemble_npm():
    """pkg/npm: the three builds, the Worker API, package.json (version from Cargo.toml),
    README and licence."""
    out = os.path.join(ROOT, "pkg", "npm")
    with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
        version = tomllib.load(f)["package"]["version"]
    with open(os.path.join(ROOT, "npm", "package.json")) as f:
        pkg = json.load(f)
    pkg["version"] = version
    with open(os.path.join(out, "package.json"), "w") as f:
        json.dump(pkg, f, indent=2)
        f.write("\n")
    shutil.copytree(os.path.join(ROOT, "npm", "worker"), os.path.join(out, "worker"), dirs_exist_ok=True)
    shutil.copyfile(os.path.join(ROOT, "npm", "README.md"), os.path.join(out, "README.md"))
    shutil.copyfile(os.path.join(ROOT, "LICENSE"), os.path.join(out, "LICENSE"))
    print(f"build: npm package assembled in {os.path.relpath(out, ROOT)} (version {version})")


def assemble_extension():
    """out/extension: extension/ (manifest, background, content script), the page's UI
    helpers (www/mark.js, shared), the analysis build (pkg) and the browser layer (pkg/dom);
    then the zip the stores take."""
    out = os.path.join(ROOT, "out", "extension")
    for name in os.listdir(os.path.join(ROOT, "extension")):
        shutil.copy2(os.path.join(ROOT, "extension", name), os.path.join(out, name))
    shutil.copy2(os.path.join(ROOT, "www", "mark.js"), os.path.join(out, "mark.js"))
    with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
        version = tomllib.load(f)["package"]["version"]
    with open(os.path.join(out, "manifest.json")) as f:
        manifest = json.load(f)
    manifest["version"] = version
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
    for extra in ("package.json", "quotelight.d.ts", "quotelight_bg.wasm.d.ts"):
        for sub in ("pkg", os.path.join("pkg", "dom")):
            p = os.path.join(out, sub, extra)
            if os.path.exists(p):
                os.remove(p)
    archive = shutil.make_archive(os.path.join(ROOT, "out", "quotelight-extension"), "zip", out)
    print(f"build: extension in {os.path.relpath(out, ROOT)}, store zip {os.path.relpath(archive, ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
