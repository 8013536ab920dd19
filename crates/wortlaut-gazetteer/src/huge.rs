//! Read-only lookup tables on transparent huge pages where Linux gives them.
//!
//! The scan reads its big tables (the first-word slots, the trie's nodes, the sieve, the
//! first-word filter's blocks) at random, a few times a word: over 4 KiB pages these reads
//! missed the TLB as often as the caches, and in a virtual machine each such miss walks
//! two levels of page tables. A [`Table`] of at least [`MIN_BYTES`] lives in an anonymous
//! map advised `MADV_HUGEPAGE`, 2 MiB aligned, so one TLB entry covers 2 MiB of it. Where
//! the map or the advice fails (another OS, a kernel without transparent huge pages) the
//! table stays on the heap: the same contents, only slower.

use bytemuck::Pod;
use std::fmt;
use std::ops::Deref;
use yoke::Yoke;

/// A huge page: the size and alignment of the map's pages where the kernel grants them.
const HUGE_PAGE: usize = 2 << 20;

/// Tables below this many bytes stay on the heap: each map takes whole huge pages.
const MIN_BYTES: usize = 128 << 10;

/// A read-only table of plain values (`&[T]` by [`Deref`]), on huge pages if it is large.
///
/// The view of the values is taken once, when the table is made, and kept beside its
/// storage (a [`Yoke`]): the scan reads these tables a few times a word, and deriving the
/// view each time (the map's bounds, the cast's alignment and length checks) cost 9.5 M
/// instructions per pass over the news corpus.
pub(crate) struct Table<T: 'static> {
    data: Yoke<&'static [T], Box<Storage<T>>>,
}

/// Where a [`Table`]'s values lie.
enum Storage<T> {
    /// In a map, from the given offset (a multiple of [`HUGE_PAGE`] in memory), this many
    /// bytes.
    Map(memmap2::Mmap, usize, usize),
    /// On the heap.
    Heap(Box<[T]>),
}

impl<T: Pod> Table<T> {
    /// The table of `v`'s values.
    pub fn new(v: Vec<T>) -> Table<T> {
        let bytes = std::mem::size_of_val(v.as_slice());
        let map = (bytes >= MIN_BYTES)
            .then(|| mapped(bytemuck::cast_slice(&v)))
            .flatten();
        let storage = match map {
            Some((map, at)) => Storage::Map(map, at, bytes),
            None => Storage::Heap(v.into_boxed_slice()),
        };
        let data = Yoke::attach_to_cart(Box::new(storage), |s: &Storage<T>| match s {
            Storage::Map(map, at, bytes) => map
                .get(*at..*at + *bytes)
                .and_then(|b| bytemuck::try_cast_slice(b).ok())
                .unwrap_or(&[]),
            Storage::Heap(v) => v,
        });
        Table { data }
    }

    /// The values.
    #[inline(always)]
    pub fn as_slice(&self) -> &[T] {
        self.data.get()
    }

    /// Whether the values lie on a map (huge pages where the kernel grants them).
    fn is_mapped(&self) -> bool {
        matches!(**self.data.backing_cart(), Storage::Map(..))
    }

    /// Bytes held: whole huge pages for a map (not the unused head that aligns it, which
    /// is never touched; so the figure does not depend on where the map lies).
    pub fn memory_usage(&self) -> usize {
        let bytes = std::mem::size_of_val(self.as_slice());
        if self.is_mapped() {
            bytes.div_ceil(HUGE_PAGE) * HUGE_PAGE
        } else {
            bytes
        }
    }
}

/// `bytes` copied into a new anonymous map advised `MADV_HUGEPAGE`, from an offset where
/// memory is 2 MiB aligned, and the offset; `None` if the map, the advice or the alignment
/// fails.
#[cfg(target_os = "linux")]
fn mapped(bytes: &[u8]) -> Option<(memmap2::Mmap, usize)> {
    let span = bytes.len().div_ceil(HUGE_PAGE) * HUGE_PAGE;
    // One huge page more than the table, so that an aligned start lies in it.
    let mut map = memmap2::MmapMut::map_anon(span + HUGE_PAGE).ok()?;
    let at = (HUGE_PAGE - map.as_ptr() as usize % HUGE_PAGE) % HUGE_PAGE;
    // Before the first write: the pages fault in as huge pages.
    map.advise(memmap2::Advice::HugePage).ok()?;
    map.get_mut(at..at + bytes.len())?.copy_from_slice(bytes);
    let map = map.make_read_only().ok()?;
    Some((map, at))
}

/// No huge pages to ask for here: the table stays on the heap.
#[cfg(not(target_os = "linux"))]
fn mapped(_: &[u8]) -> Option<(memmap2::Mmap, usize)> {
    None
}

impl<T: Pod> Default for Table<T> {
    fn default() -> Self {
        Table::new(Vec::new())
    }
}

impl<T: Pod> Deref for Table<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Pod> Clone for Table<T> {
    fn clone(&self) -> Self {
        Table::new(self.as_slice().to_vec())
    }
}

impl<T: Pod + fmt::Debug> fmt::Debug for Table<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Table")
            .field("len", &self.as_slice().len())
            .field("huge", &self.is_mapped())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_and_small_tables_keep_their_values() {
        for n in [
            0usize,
            3,
            MIN_BYTES / 8 - 1,
            MIN_BYTES / 8,
            3 * HUGE_PAGE / 8 + 5,
        ] {
            let v: Vec<u64> = (0..n as u64).map(|i| i.wrapping_mul(0x9E37_79B9)).collect();
            let t = Table::new(v.clone());
            assert_eq!(&*t, &v[..], "{n}");
            assert_eq!(&*t.clone(), &v[..], "{n}");
            assert!(t.memory_usage() >= n * 8);
        }
    }
}
