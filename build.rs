//! Copies the word lists of `lexicon/` into the build's output folder without their comment
//! lines, which document the lists for their editors but would otherwise be compiled into
//! every build (about a third of the lists' bytes, and 10 KB of the WebAssembly module).

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=lexicon");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out).join("lexicon");
    fs::create_dir_all(&out).expect("the output folder can be made");
    for entry in fs::read_dir("lexicon").expect("lexicon/ is next to Cargo.toml") {
        let path = entry.expect("a readable lexicon entry").path();
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let kept: String = text
            .lines()
            .filter(|l| {
                let t = l.trim();
                !t.is_empty() && !t.starts_with('#')
            })
            .flat_map(|l| [l, "\n"])
            .collect();
        let name = path.file_name().expect("a file name");
        fs::write(out.join(name), kept).expect("the stripped list can be written");
    }
}
