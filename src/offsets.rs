//! Offset units at the API boundary.
//!
//! Inside the crate every offset is a byte offset into the `&str` being analysed. Callers
//! want other units: JavaScript indexes strings by UTF-16 code unit, Python by code point.
//! [`OffsetMap`] converts a whole batch of byte offsets in one pass over the text, so the
//! cost is `O(text + k log k)` for `k` offsets and no per-byte table is ever allocated
//! (a 10 MB paste must not cost 40 MB of lookup table).

use std::str::FromStr;

/// The unit in which offsets are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Unit {
    /// UTF-16 code units: JavaScript string indices (`text.slice(start, end)`).
    #[default]
    Utf16,
    /// Unicode scalar values: Python string indices.
    Codepoint,
    /// UTF-8 bytes: Rust string indices.
    Byte,
}

impl FromStr for Unit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "utf16" | "utf-16" => Ok(Unit::Utf16),
            "codepoint" | "codepoints" | "char" => Ok(Unit::Codepoint),
            "byte" | "bytes" | "utf8" | "utf-8" => Ok(Unit::Byte),
            other => Err(format!(
                "unknown offset unit {other:?}: expected utf16, codepoint or byte"
            )),
        }
    }
}

/// Converts byte offsets (on character boundaries) of one text into another [`Unit`].
pub struct OffsetMap {
    /// Sorted, unique byte offsets and what each becomes.
    table: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Builds the map for the given byte offsets, which must lie on character boundaries of
    /// `text` (offsets that do not are mapped to the next boundary, never to garbage).
    pub fn new(text: &str, unit: Unit, mut offsets: Vec<usize>) -> Self {
        offsets.sort_unstable();
        offsets.dedup();
        if unit == Unit::Byte {
            return OffsetMap {
                table: offsets.into_iter().map(|o| (o, o)).collect(),
            };
        }
        // Count per byte, not per char: a code point starts at every byte that is not a
        // continuation byte (10xxxxxx), and a 4-byte sequence (lead byte 11110xxx) is two
        // UTF-16 units. The counting loop vectorises; decoding chars would not.
        let bytes = text.as_bytes();
        let mut table = Vec::with_capacity(offsets.len());
        let (mut at, mut converted) = (0usize, 0usize);
        for o in offsets {
            let o = o.min(bytes.len());
            let seg = &bytes[at..o];
            converted += seg.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
            if unit == Unit::Utf16 {
                converted += seg.iter().filter(|&&b| b >= 0xF0).count();
            }
            at = o;
            table.push((o, converted));
        }
        OffsetMap { table }
    }

    /// The converted value of a byte offset given to [`OffsetMap::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => panic!("offset {byte} was not registered with the OffsetMap"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_surrogate_pairs_as_two() {
        let text = "a😀“b”";
        let b = text.find('“').unwrap();
        let e = text.len();
        let map = OffsetMap::new(text, Unit::Utf16, vec![0, b, e]);
        assert_eq!(map.get(0), 0);
        assert_eq!(map.get(b), 3); // 'a' + two units for the emoji
        assert_eq!(map.get(e), 6);
    }

    #[test]
    fn codepoints_and_bytes() {
        let text = "中文「好」";
        let b = text.find('「').unwrap();
        let cp = OffsetMap::new(text, Unit::Codepoint, vec![b, text.len()]);
        assert_eq!((cp.get(b), cp.get(text.len())), (2, 5));
        let by = OffsetMap::new(text, Unit::Byte, vec![b]);
        assert_eq!(by.get(b), 6);
    }

    #[test]
    fn unit_parses_and_rejects() {
        assert_eq!("utf16".parse::<Unit>(), Ok(Unit::Utf16));
        assert_eq!("byte".parse::<Unit>(), Ok(Unit::Byte));
        assert!("words"
            .parse::<Unit>()
            .unwrap_err()
            .contains("utf16, codepoint or byte"));
    }
}
