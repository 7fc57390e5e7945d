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
    write_block_weights(Path::new(&out_dir));
    write_speaker_weights(Path::new(&out_dir));
}

/// `SPEAKER_WEIGHTS_EN` and `SPEAKER_WEIGHTS_DE` (`&[f32]`) from
/// `lexicon/speaker_weights.tsv` (`name<TAB>English weight<TAB>German weight` lines): the
/// speaker ranker's weights in the file's order, which the trainer writes in the order of the
/// ranker's features (a unit test holds the names to it, so the module carries no names).
fn write_speaker_weights(out: &Path) {
    let path = "lexicon/speaker_weights.tsv";
    println!("cargo:rerun-if-changed={path}");
    let tsv = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (mut names, mut ens, mut des) = (Vec::new(), Vec::new(), Vec::new());
    for line in tsv.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, en, de] = cols[..] else {
            panic!("{path}: not name<TAB>English<TAB>German: {line}")
        };
        let num = |v: &str| -> f32 {
            v.trim()
                .parse::<f64>()
                .unwrap_or_else(|e| panic!("{path}: {name}: {e}")) as f32
        };
        names.push(format!("{name:?}"));
        ens.push(format!("{:?}", num(en)));
        des.push(format!("{:?}", num(de)));
    }
    // Fitted numbers may come close to a named constant (-0.4342 and LOG10_E): no lint.
    let src = format!(
        "#[allow(clippy::approx_constant)]\nconst SPEAKER_WEIGHTS_EN: &[f32] = &[{}];\n\
         #[allow(clippy::approx_constant)]\nconst SPEAKER_WEIGHTS_DE: &[f32] = &[{}];\n\
         #[cfg(test)]\nconst SPEAKER_WEIGHT_NAMES: &[&str] = &[{}];\n",
        ens.join(", "),
        des.join(", "),
        names.join(", ")
    );
    fs::write(out.join("speaker_weights.rs"), src).expect("speaker_weights.rs can be written");
}

/// `KIND_WEIGHTS` (`&[f32]`) from `lexicon/kind_weights.tsv` (`name<TAB>weight` lines), in
/// the file's order, which the trainer writes in the order of the classifier's features (a
/// unit test holds the names, `KIND_WEIGHT_NAMES` in tests only, to it). Each weight is read
/// as the nearest f64 and then rounded to f32; Rust's `{:?}` of an f32 reads back as the
/// same f32.
fn write_kind_weights(out: &Path) {
    let weights = read_weights("lexicon/kind_weights.tsv");
    let names: Vec<String> = weights.iter().map(|(n, _)| format!("{n:?}")).collect();
    let values: Vec<String> = weights.iter().map(|(_, w)| format!("{w:?}")).collect();
    let src = format!(
        "#[allow(clippy::approx_constant)]\nconst KIND_WEIGHTS: &[f32] = &[{}];\n\
         #[cfg(test)]\nconst KIND_WEIGHT_NAMES: &[&str] = &[{}];\n",
        values.join(", "),
        names.join(", ")
    );
    fs::write(out.join("kind_weights.rs"), src).expect("kind_weights.rs can be written");
}

/// `WEIGHTS` and `WEIGHT_NAMES` of the article model (`src/html/article.rs`) from
/// `lexicon/block_weights.tsv`, in the file's order (the trainer writes it in the order of
/// the model's features; a unit test checks the names).
fn write_block_weights(out: &Path) {
    let weights = read_weights("lexicon/block_weights.tsv");
    let names: Vec<String> = weights.iter().map(|(n, _)| format!("{n:?}")).collect();
    let values: Vec<String> = weights.iter().map(|(_, w)| format!("{w:?}")).collect();
    let src = format!(
        "/// The article model's weights, compiled from `lexicon/block_weights.tsv`.\n\
         pub const WEIGHTS: &[f32] = &[{}];\n\
         /// The feature each of [`WEIGHTS`] belongs to.\n\
         pub const WEIGHT_NAMES: &[&str] = &[{}];\n",
        values.join(", "),
        names.join(", ")
    );
    fs::write(out.join("block_weights.rs"), src).expect("block_weights.rs can be written");
}

/// `name<TAB>weight` lines (`#` comments). Each weight is read as the nearest f64 and then
/// rounded to f32; Rust's `{:?}` of an f32 reads back as the same f32.
fn read_weights(path: &str) -> Vec<(String, f32)> {
    println!("cargo:rerun-if-changed={path}");
    let tsv = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    tsv.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (name, value) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{path}: not name<TAB>weight: {line}"));
            let w: f64 = value
                .trim()
                .parse()
                .unwrap_or_else(|e| panic!("{path}: {name}: {e}"));
            (name.to_string(), w as f32)
        })
        .collect()
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
