//! Times the native `analyze` on every `*.txt` file of a folder and prints one JSON object:
//! `{ "name": seconds, … }` (the best of several runs). `bench/run.mjs` calls it to put the
//! native figures beside the wasm ones measured in the same run.
//!
//! ```sh
//! cargo run --release --example bench_native -- out/bench
//! ```

use std::time::{Duration, Instant};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "out/bench".into());
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    let mut out = serde_json::Map::new();
    for path in entries {
        let text = std::fs::read_to_string(&path).expect("a UTF-8 input");
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let mut best = Duration::MAX;
        let started = Instant::now();
        let mut runs = 0;
        while runs < 3 || (started.elapsed() < Duration::from_millis(500) && runs < 200) {
            let t = Instant::now();
            std::hint::black_box(quotelight::analyze(std::hint::black_box(&text)));
            best = best.min(t.elapsed());
            runs += 1;
        }
        out.insert(name, serde_json::json!(best.as_secs_f64()));
    }
    println!("{}", serde_json::Value::Object(out));
}
