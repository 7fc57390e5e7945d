//! Offset units at the API boundary.
//!
//! Inside the crate every offset is a byte offset into the `&str` being analysed. Callers
//! want other units: JavaScript indexes strings by UTF-16 code unit, Python by code point.
//! [`OffsetMap`] holds the converted offset at every 64th byte of the text (one pass over
//! it), so converting any offset costs a look-up and a count over at most 63 bytes: no sort
//! of the offsets, whatever their number and order, and a table of a sixty-fourth of the
//! text's length in words (a 10 MB paste costs about 1 MB of table, not 40 MB).

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
                "unknown offset unit \"{other}\": expected utf16, codepoint or byte"
            )),
        }
    }
}

/// Converts byte offsets (on character boundaries) of one text into another [`Unit`].
pub struct OffsetMap<'t> {
    bytes: &'t [u8],
    unit: Unit,
    /// `blocks[i]`: the converted offset of byte `i * BLOCK`. Empty when the conversion is
    /// the identity (bytes, or an ASCII text).
    blocks: Vec<usize>,
}

/// Bytes per checkpoint of [`OffsetMap`].
const BLOCK: usize = 64;

impl<'t> OffsetMap<'t> {
    /// Builds the map for `text`.
    pub fn new(text: &'t str, unit: Unit) -> Self {
        let bytes = text.as_bytes();
        let mut map = OffsetMap {
            bytes,
            unit,
            blocks: Vec::new(),
        };
        if unit == Unit::Byte || text.is_ascii() {
            return map;
        }
        map.blocks.reserve(bytes.len() / BLOCK + 2);
        let mut converted = 0;
        for chunk in bytes.chunks(BLOCK) {
            map.blocks.push(converted);
            converted += map.count(chunk);
        }
        map.blocks.push(converted); // for an offset at the end of a text of whole blocks
        map
    }

    /// How many units `seg` (a run of whole characters) is. Counted per byte, not per char:
    /// a code point starts at every byte that is not a continuation byte (10xxxxxx), and a
    /// 4-byte sequence (lead byte 11110xxx) is two UTF-16 units. The loop vectorises;
    /// decoding chars would not.
    fn count(&self, seg: &[u8]) -> usize {
        let wide = (self.unit == Unit::Utf16) as u32;
        seg.iter()
            .map(|&b| ((b & 0xC0) != 0x80) as u32 + wide * (b >= 0xF0) as u32)
            .sum::<u32>() as usize
    }

    /// The converted value of a byte offset. An offset inside a character counts the
    /// character as begun; one past the end counts as the end.
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.blocks.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        self.blocks[block] + self.count(&self.bytes[block * BLOCK..byte])
    }
}

/// Rewrites offsets given in UTF-16 units of `text` into byte offsets, in place, in
/// time linear in the text and the offsets whatever their order: one pass notes the byte
/// offset of every 64th unit, then each offset is a look-up and a walk over at most 64
/// units. An offset inside a surrogate pair goes to the start of its character; one past
/// the end, to the end.
pub fn utf16_to_bytes(text: &str, offsets: &mut [usize]) {
    const STEP: usize = 64;
    // checkpoints[i]: (byte, unit) of the first character starting at or after unit i * STEP.
    let mut checkpoints = vec![(0usize, 0usize)];
    let mut units = 0;
    for (byte, c) in text.char_indices() {
        while units >= checkpoints.len() * STEP {
            checkpoints.push((byte, units));
        }
        units += c.len_utf16();
    }
    for o in offsets.iter_mut() {
        if *o >= units {
            *o = text.len();
            continue;
        }
        let (mut byte, mut at) = checkpoints[(*o / STEP).min(checkpoints.len() - 1)];
        if at > *o {
            // The checkpoint's character starts after `o`: `o` is inside the pair before it.
            let before = text.get(..byte).unwrap_or_default();
            let c = before.chars().next_back().map_or(0, char::len_utf8);
            *o = byte - c;
            continue;
        }
        for c in text.get(byte..).unwrap_or_default().chars() {
            let next = at + c.len_utf16();
            if next > *o {
                break;
            }
            byte += c.len_utf8();
            at = next;
        }
        *o = byte;
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
        let map = OffsetMap::new(text, Unit::Utf16);
        assert_eq!(map.get(0), 0);
        assert_eq!(map.get(b), 3); // 'a' + two units for the emoji
        assert_eq!(map.get(e), 6);
    }

    #[test]
    fn codepoints_and_bytes() {
        let text = "中文「好」";
        let b = text.find('「').unwrap();
        let cp = OffsetMap::new(text, Unit::Codepoint);
        assert_eq!((cp.get(b), cp.get(text.len())), (2, 5));
        let by = OffsetMap::new(text, Unit::Byte);
        assert_eq!(by.get(b), 6);
    }

    /// Every character boundary of a long mixed text, across many checkpoints, converts as
    /// counting the characters before it would.
    #[test]
    fn every_boundary_of_a_long_text_agrees_with_counting() {
        let text = "a“b”ü😀中\r\n".repeat(50) + "tail";
        let utf16 = OffsetMap::new(&text, Unit::Utf16);
        let points = OffsetMap::new(&text, Unit::Codepoint);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                utf16.get(i),
                text[..i].encode_utf16().count(),
                "utf16 at {i}"
            );
            assert_eq!(points.get(i), text[..i].chars().count(), "points at {i}");
        }
        let whole = "ü".repeat(64); // 128 bytes: two whole blocks
        assert_eq!(OffsetMap::new(&whole, Unit::Utf16).get(whole.len()), 64);
        let ascii = "plain text".repeat(20);
        assert_eq!(OffsetMap::new(&ascii, Unit::Utf16).get(150), 150);
        assert_eq!(OffsetMap::new(&ascii, Unit::Utf16).get(10_000), ascii.len());
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

    #[test]
    fn utf16_offsets_become_bytes() {
        let text = "a👩b中\r\nc";
        // units: a=0, 👩=1..3, b=3, 中=4, \r=5, \n=6, c=7, end=8
        let mut at = [8, 0, 3, 4, 1, 2, 7, 99];
        utf16_to_bytes(text, &mut at);
        assert_eq!(at, [text.len(), 0, 5, 6, 1, 1, 11, text.len()]);
        for u in 0..=8 {
            let mut one = [u];
            utf16_to_bytes(text, &mut one);
            assert!(text.is_char_boundary(one[0]));
            let back = OffsetMap::new(text, Unit::Utf16).get(one[0]);
            assert!(back <= u && u - back <= 1, "{u} -> {} -> {back}", one[0]);
        }
    }
}
