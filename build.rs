//! Copies the word lists of `lexicon/` into the build's output folder without their comment
//! lines, which document the lists for their editors but would otherwise be compiled into
//! every build (about a third of the lists' bytes, and 10 KB of the WebAssembly module).
//!
//! Also writes `kind_weights.rs`, the classifier's weights from `lexicon/kind_weights.tsv`
//! as Rust values (read and checked here, so the module carries no number parser), and
//! `letters.rs`: which characters from U+0100 to U+33FF are letters or digits,
//! as a bitmap read by `case::is_word_char` (see there for why).

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
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write_letters(Path::new(&out_dir));
    write_kind_weights(Path::new(&out_dir));
}

/// `const KIND_WEIGHTS: &[(&str, f32)]` from `lexicon/kind_weights.tsv` (`name<TAB>weight`
/// lines). Each weight is read as the nearest f64 and then rounded to f32; Rust's `{:?}`
/// of an f32 reads back as the same f32.
fn write_kind_weights(out: &Path) {
    let tsv = fs::read_to_string("lexicon/kind_weights.tsv").expect("lexicon/kind_weights.tsv");
    let mut src = String::from("const KIND_WEIGHTS: &[(&str, f32)] = &[\n");
    for line in tsv
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (name, value) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("kind_weights.tsv: not name<TAB>weight: {line}"));
        let w: f64 = value
            .trim()
            .parse()
            .unwrap_or_else(|e| panic!("kind_weights.tsv: {name}: {e}"));
        src.push_str(&format!("    ({name:?}, {:?}),\n", w as f32));
    }
    src.push_str("];\n");
    fs::write(out.join("kind_weights.rs"), src).expect("kind_weights.rs can be written");
}

/// `const LETTERS: [u64; 200]`: bit `u % 64` of word `(u - 0x100) / 64` is set when U+u is
/// alphanumeric by this compiler's own Unicode tables, for U+0100 to U+33FF.
fn write_letters(out: &Path) {
    let mut words = vec![0u64; (0x3400 - 0x100) / 64];
    for u in 0x100u32..0x3400 {
        if char::from_u32(u).is_some_and(char::is_alphanumeric) {
            words[(u as usize - 0x100) / 64] |= 1 << (u % 64);
        }
    }
    let body: Vec<String> = words.iter().map(|w| format!("{w:#x}")).collect();
    let src = format!(
        "const LETTERS: [u64; {}] = [{}];\n",
        words.len(),
        body.join(", ")
    );
    fs::write(out.join("letters.rs"), src).expect("letters.rs can be written");
}
