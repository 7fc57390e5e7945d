//! One batch of work over scoped threads, results in input order: the CLI's JSONL stream
//! and the Python binding's `analyze_many` share it. Native only in use: the wasm module
//! does not call it (a browser has no threads to spawn this way).

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` of every item, computed on up to `threads` threads that each take the next item from
/// a shared counter (so one long item does not hold back a fixed share of the batch), and
/// returned in the order of `items`. A panic in `f` is returned as the `Err` of
/// [`std::thread::Result`], so that a caller can fail the batch whole rather than return
/// it short.
pub fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> std::thread::Result<Vec<R>> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return Ok(items.iter().map(f).collect());
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = Vec::with_capacity(items.len());
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        mine.push((i, f(item)));
                    }
                    mine
                })
            })
            .collect();
        for w in workers {
            done.extend(w.join()?);
        }
        Ok(())
    })?;
    done.sort_unstable_by_key(|&(i, _)| i);
    Ok(done.into_iter().map(|(_, r)| r).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_input_order() {
        let items: Vec<u64> = (0..1000).collect();
        for threads in [1, 2, 3, 8] {
            let out = map_in_order(&items, threads, |&x| x * x).unwrap();
            assert_eq!(out, items.iter().map(|x| x * x).collect::<Vec<_>>());
        }
        assert!(map_in_order(&[] as &[u8], 4, |&x| x).unwrap().is_empty());
    }

    #[test]
    fn a_panic_fails_the_batch() {
        let items: Vec<u32> = (0..100).collect();
        let out = map_in_order(&items, 2, |&x| {
            assert!(x != 57, "item 57");
            x
        });
        assert!(out.is_err());
    }
}
