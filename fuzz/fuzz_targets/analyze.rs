//! Fuzzes `analyze` with arbitrary bytes (decoded lossily, as a paste would be) and checks
//! every invariant of the result: see `quotelight::check_invariants`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = quotelight::analyze(&text);
    if let Err(e) = quotelight::check_invariants(&text, &a) {
        panic!("invariant broken: {e}\ninput: {text:?}");
    }
});
