//! Uncompressed file output that bypasses the page cache (`O_DIRECT`, Linux).
//!
//! Written through the page cache, the output (three times the input) costs the kernel a
//! copy into freshly allocated pages: on the 2-core virtual machine of issue 6 that was
//! 0.2 to 1.4 s of system time per 626 MB, on the writing thread, competing with the
//! workers for the cores (`dd bs=4M` of 629 MB: 1.51 s of system time buffered, 0.05 s
//! with `oflag=direct`). Here the workers' output buffers themselves go to the device, in
//! large aligned writes, without being copied: each buffer leaves room in front of its
//! lines for the few bytes of the output before them that do not fill a block; the last,
//! partial block of the output is padded with zeros and cut off again with `set_len`.
//! (Copying the 630 MB of lines into aligned windows instead took the writing thread
//! 0.09 s, most of it cache misses, on cores the workers need.)
//!
//! A direct write returns only once the device has the data (about 10 ms per 4 MB on that
//! machine), so the writes are done by a helper thread, a few at a time, while the caller
//! gathers the next: the caller (a worker, see `crate::run`) does not stop for the device.
//!
//! Where a file system refuses direct I/O (tmpfs on older kernels, some FUSE and network
//! file systems) or the target is no regular file, [`Direct::create`] says so and the
//! caller writes through the page cache as before.

use std::fs::File;
use std::io::{self, IoSlice, Write};
use std::ops::Range;
use std::path::Path;
use std::sync::mpsc;

/// Alignment of direct writes (address, length and file offset): the largest logical
/// block size in common use, so it suits 512-byte devices too.
pub const ALIGN: usize = 4096;

/// Bytes gathered for one write: large enough that the device, not the system call, sets
/// the pace (`dd` at 256 KB per write took three times the system time of 4 MB).
const CHUNK: usize = 4 << 20;

/// Pieces per write at most (well below the kernel's `IOV_MAX` of 1024).
const MAX_PIECES: usize = 256;

/// Writes handed to the helper thread and not yet done, at most: the device takes about
/// as long to write a chunk as the workers take to fill one, so a single write in flight
/// would often keep the thread that hands over the next waiting.
const MAX_IN_FLIGHT: usize = 2;

/// Where a buffer whose address is `addr` should start its data so that it needs no move
/// in [`Direct::write_owned`] when `carry` bytes are pending then ([`Direct::pending`]):
/// an offset in `2 * ALIGN..3 * ALIGN` (room for the pending bytes in front).
pub fn front(addr: usize, carry: usize) -> usize {
    2 * ALIGN + (carry % ALIGN + ALIGN - addr % ALIGN) % ALIGN
}

/// Moves `buf[start..]` to where [`Direct::write_owned`] takes it as it is when `carry`
/// bytes are pending then, and returns that start; `start` must be at least `2 * ALIGN`
/// (else nothing is moved). Lets the thread that filled the buffer, while it is still in
/// that core's cache, do the move that `write_owned` would do later.
pub fn place(buf: &mut Vec<u8>, start: usize, carry: usize) -> usize {
    if start < 2 * ALIGN || start > buf.len() {
        return start;
    }
    let carry = carry % ALIGN;
    let len = buf.len() - start;
    let addr = buf.as_ptr() as usize;
    let at = start - carry - (addr + start - carry) % ALIGN;
    let data = at + carry;
    if data != start {
        buf.copy_within(start.., data);
        buf.truncate(data + len);
    }
    data
}

/// Pieces of buffers to be written one after the other: each buffer with the aligned
/// range of it to write.
type Pieces = Vec<(Vec<u8>, Range<usize>)>;

/// The helper thread that does the direct writes: pieces go there and their buffers come
/// back once written (or the error).
struct Background {
    tx: mpsc::Sender<Pieces>,
    back: mpsc::Receiver<io::Result<Vec<Vec<u8>>>>,
    handle: std::thread::JoinHandle<()>,
    /// Writes handed over and not yet reported back.
    in_flight: usize,
}

/// A file written with `O_DIRECT`, straight from the caller's buffers.
///
/// The caller hands over whole buffers with the output's next bytes at their end
/// ([`Direct::write_owned`]). The few bytes that end the output so far and do not fill an
/// aligned block (fewer than [`ALIGN`]) are kept back and copied in front of the next
/// buffer's bytes, which need room for them there; a buffer's bytes are moved only when
/// they do not start where these bytes then line up with an aligned address ([`front`]
/// tells where that is, if the pending count is known when the buffer is filled). Full
/// blocks are gathered into writes of about [`CHUNK`] bytes, written by a helper thread
/// with one `writev` each; the buffers come back through [`Direct::recycle`].
pub struct Direct {
    file: File,
    /// The output's last bytes that do not fill a block (fewer than [`ALIGN`]).
    carry: Vec<u8>,
    /// Pieces gathered for the next write, and their length in total.
    pieces: Pieces,
    gathered: usize,
    /// Bytes written (or being written) to the file before `pieces`, a multiple of ALIGN.
    written: u64,
    /// Written buffers, for the caller to reuse.
    free: Vec<Vec<u8>>,
    /// `None` when no helper thread could be started: writes are done in place.
    background: Option<Background>,
}

impl Direct {
    /// Creates (or truncates) `path` for direct writes. `Ok(None)` when direct I/O is not
    /// available there: the file is then left empty for a buffered writer.
    ///
    /// # Errors
    /// When the file cannot be created at all.
    pub fn create(path: &Path) -> io::Result<Option<Direct>> {
        let Some(file) = open_direct(path) else {
            return Ok(None);
        };
        if !file.metadata()?.is_file() {
            return Ok(None);
        }
        // Some file systems accept the flag but refuse the writes: try one block.
        if write_at(&file, Block::new().bytes(), 0).is_err() {
            return Ok(None);
        }
        file.set_len(0)?;
        let background = file.try_clone().ok().and_then(|mut file| {
            let (tx, rx) = mpsc::channel::<Pieces>();
            let (back_tx, back) = mpsc::channel();
            let handle = std::thread::Builder::new()
                .name("wortlaut-direct".into())
                .spawn(move || {
                    for pieces in rx {
                        let done = write_pieces(&mut file, &pieces)
                            .map(|()| pieces.into_iter().map(|(buf, _)| buf).collect());
                        if back_tx.send(done).is_err() {
                            break;
                        }
                    }
                })
                .ok()?;
            Some(Background {
                tx,
                back,
                handle,
                in_flight: 0,
            })
        });
        Ok(Some(Direct {
            file,
            carry: Vec::with_capacity(ALIGN),
            pieces: Vec::new(),
            gathered: 0,
            written: 0,
            free: Vec::new(),
            background,
        }))
    }

    /// The file, for syncing.
    pub fn file(&self) -> &File {
        &self.file
    }

    /// Appends `buf[start..]`, taking the buffer (it comes back through
    /// [`Direct::recycle`] once written). With `start` at least `2 * ALIGN`, the bytes
    /// pending from before are copied into the room in front ([`front`]); otherwise the
    /// bytes are copied into a new buffer first.
    ///
    /// # Errors
    /// The file's write errors (of this write or of one before).
    pub fn write_owned(&mut self, mut buf: Vec<u8>, start: usize) -> io::Result<()> {
        let start = start.min(buf.len());
        let len = buf.len() - start;
        let carry = self.carry.len();
        if carry + len < ALIGN {
            self.carry.extend_from_slice(&buf[start..]);
            self.free.push(buf);
            return Ok(());
        }
        if start < 2 * ALIGN {
            let mut room = Vec::with_capacity(3 * ALIGN + len);
            let at = front(room.as_ptr() as usize, carry);
            room.resize(at, 0);
            room.extend_from_slice(&buf[start..]);
            self.free.push(buf);
            return self.write_owned(room, at);
        }
        // The piece starts at an aligned address at most `start - carry`, with the pending
        // bytes right in front of the buffer's bytes, moved there if need be.
        let data = place(&mut buf, start, carry);
        let at = data - carry;
        buf[at..data].copy_from_slice(&self.carry);
        let whole = (carry + len) / ALIGN * ALIGN;
        self.carry.clear();
        self.carry.extend_from_slice(&buf[at + whole..]);
        self.pieces.push((buf, at..at + whole));
        self.gathered += whole;
        if self.gathered >= CHUNK || self.pieces.len() >= MAX_PIECES {
            self.send()?;
        }
        Ok(())
    }

    /// Appends `bytes` (copied).
    ///
    /// # Errors
    /// The file's write errors.
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        let mut buf = self.free.pop().unwrap_or_default();
        buf.clear();
        let at = front(buf.as_ptr() as usize, self.carry.len());
        buf.reserve(at + bytes.len());
        let at = front(buf.as_ptr() as usize, self.carry.len());
        buf.resize(at, 0);
        buf.extend_from_slice(bytes);
        self.write_owned(buf, at)
    }

    /// Written buffers, to be reused.
    pub fn recycle(&mut self) -> impl Iterator<Item = Vec<u8>> + '_ {
        self.free.drain(..)
    }

    /// Writes the gathered pieces: hands them to the helper thread, after waiting for an
    /// earlier write if [`MAX_IN_FLIGHT`] are on their way.
    fn send(&mut self) -> io::Result<()> {
        let pieces = std::mem::take(&mut self.pieces);
        self.written += self.gathered as u64;
        self.gathered = 0;
        if pieces.is_empty() {
            return Ok(());
        }
        let Some(bg) = self.background.as_mut() else {
            write_pieces(&mut self.file, &pieces)?;
            self.free.extend(pieces.into_iter().map(|(buf, _)| buf));
            return Ok(());
        };
        while let Ok(done) = bg.back.try_recv() {
            bg.in_flight -= 1;
            self.free.extend(done?);
        }
        if bg.in_flight >= MAX_IN_FLIGHT {
            self.settle_one()?;
        }
        let bg = self.background.as_mut().ok_or_else(gone)?;
        bg.tx.send(pieces).map_err(|_| gone())?;
        bg.in_flight += 1;
        Ok(())
    }

    /// Waits for the oldest write in flight, if any.
    fn settle_one(&mut self) -> io::Result<()> {
        if let Some(bg) = self.background.as_mut().filter(|bg| bg.in_flight > 0) {
            bg.in_flight -= 1;
            let done = bg.back.recv().map_err(|_| gone())?;
            self.free.extend(done?);
        }
        Ok(())
    }

    /// Makes everything appended so far visible in the file: the gathered pieces are
    /// written (and waited for), the pending bytes padded to a block and cut back with
    /// `set_len` (and written again, complete, later). For a slow input stream, whose
    /// lines should show up as they are done; a fast run never waits long enough for the
    /// caller to call it.
    ///
    /// # Errors
    /// The file's write errors.
    pub fn flush_visible(&mut self) -> io::Result<()> {
        self.send()?;
        while self.background.as_ref().is_some_and(|bg| bg.in_flight > 0) {
            self.settle_one()?;
        }
        if !self.carry.is_empty() {
            let mut block = Block::new();
            block.bytes_mut()[..self.carry.len()].copy_from_slice(&self.carry);
            write_at(&self.file, block.bytes(), self.written)?;
            self.file.set_len(self.written + self.carry.len() as u64)?;
        }
        Ok(())
    }

    /// Writes the rest and returns the file.
    ///
    /// # Errors
    /// The file's write errors.
    pub fn finish(mut self) -> io::Result<File> {
        self.flush_visible()?;
        if let Some(bg) = self.background.take() {
            drop(bg.tx);
            let _ = bg.handle.join();
        }
        Ok(self.file)
    }
}

fn gone() -> io::Error {
    io::Error::other("direct writer thread ended")
}

/// One aligned block of zeros.
struct Block {
    buf: Vec<u8>,
    start: usize,
}

impl Block {
    fn new() -> Block {
        let buf = vec![0u8; 2 * ALIGN];
        let start = front(buf.as_ptr() as usize, 0) - 2 * ALIGN;
        Block { buf, start }
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[self.start..self.start + ALIGN]
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.buf[self.start..self.start + ALIGN]
    }
}

/// Writes the pieces at the file's position (only this writer moves it: the other writes
/// name their offset), in one `writev` unless the kernel takes less at a time.
fn write_pieces(file: &mut File, pieces: &Pieces) -> io::Result<()> {
    let mut slices: Vec<IoSlice<'_>> = pieces
        .iter()
        .filter(|(_, range)| !range.is_empty())
        .map(|(buf, range)| IoSlice::new(&buf[range.clone()]))
        .collect();
    let mut slices = &mut slices[..];
    while !slices.is_empty() {
        match file.write_vectored(slices) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => IoSlice::advance_slices(&mut slices, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn open_direct(path: &Path) -> Option<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .custom_flags(libc::O_DIRECT)
        .open(path)
        .ok()
}

#[cfg(not(target_os = "linux"))]
fn open_direct(_: &Path) -> Option<File> {
    None
}

#[cfg(unix)]
fn write_at(file: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, offset)
}

/// Never called: [`open_direct`] opens nothing here.
#[cfg(not(unix))]
fn write_at(_: &File, _: &[u8], _: u64) -> io::Result<()> {
    Err(io::Error::other("direct I/O is only used on Linux"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A direct writer for `out.jsonl` in `dir`, or `None` (with a note) where the file
    /// system has no direct I/O.
    fn direct_in(dir: &tempfile::TempDir) -> Option<(Direct, std::path::PathBuf)> {
        let path = dir.path().join("out.jsonl");
        match Direct::create(&path).unwrap() {
            Some(direct) => Some((direct, path)),
            None => {
                println!(
                    "note: no direct I/O in {}; nothing to test",
                    dir.path().display()
                );
                None
            }
        }
    }

    #[test]
    fn writes_exactly_the_bytes_given_across_windows_and_a_partial_block() {
        let dir = tempfile::tempdir().unwrap();
        let Some((mut direct, path)) = direct_in(&dir) else {
            return;
        };
        // More than two windows, in pieces that straddle window and block edges.
        let line: Vec<u8> = "{\"text\":\"Grüße aus Köln\"}\n".bytes().collect();
        let mut expected = Vec::new();
        while expected.len() < 2 * CHUNK + 12_345 {
            expected.extend_from_slice(&line);
        }
        for piece in expected.chunks(70_001) {
            direct.write_all(piece).unwrap();
        }
        drop(direct.finish().unwrap());
        assert!(std::fs::read(&path).unwrap() == expected);
    }

    #[test]
    fn what_is_flushed_is_visible_and_writing_goes_on_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let Some((mut direct, path)) = direct_in(&dir) else {
            return;
        };
        let mut expected = Vec::new();
        for (n, size) in [10, 5000, 4086, 1, 9000, 0, 3].into_iter().enumerate() {
            let piece = vec![b'a' + n as u8; size];
            direct.write_all(&piece).unwrap();
            expected.extend_from_slice(&piece);
            direct.flush_visible().unwrap();
            assert!(std::fs::read(&path).unwrap() == expected, "after piece {n}");
        }
        direct.write_all(b"end\n").unwrap();
        expected.extend_from_slice(b"end\n");
        drop(direct.finish().unwrap());
        assert!(std::fs::read(&path).unwrap() == expected);
    }

    #[test]
    fn owned_buffers_with_any_room_are_written_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let Some((mut direct, path)) = direct_in(&dir) else {
            return;
        };
        // Pieces of many sizes (tiny ones that only add to the pending bytes, ones larger
        // than a write), each with room for the right pending count, a wrong guess, or
        // none, and some moved beforehand by `place` as a worker would.
        let mut expected = Vec::new();
        let mut pending = 0;
        for n in 0..300usize {
            let size = (n * 7919) % 90_000 + if n % 50 == 0 { CHUNK } else { 0 };
            let size = if n % 7 == 3 { n % 5 } else { size };
            let lines: Vec<u8> = (0..size).map(|i| b'a' + ((i + n) % 26) as u8).collect();
            let mut buf = Vec::with_capacity(size + 3 * ALIGN);
            let guess = match n % 3 {
                0 => pending,
                1 => (pending + 1 + n) % ALIGN,
                _ => 0,
            };
            let mut start = if n % 11 == 5 {
                n % 100
            } else {
                front(buf.as_ptr() as usize, guess)
            };
            buf.resize(start, 7);
            buf.extend_from_slice(&lines);
            if n % 2 == 0 {
                start = place(&mut buf, start, pending);
                assert_eq!(place(&mut buf, start, pending), start, "placed twice");
                assert!(buf[start..] == lines[..]);
            }
            direct.write_owned(buf, start).unwrap();
            expected.extend_from_slice(&lines);
            pending = (pending + size) % ALIGN;
            assert_eq!(direct.carry.len(), pending);
            if n % 97 == 0 {
                direct.flush_visible().unwrap();
                assert!(std::fs::read(&path).unwrap() == expected, "after piece {n}");
            }
        }
        assert!(direct.recycle().count() > 0);
        drop(direct.finish().unwrap());
        assert!(std::fs::read(&path).unwrap() == expected);
    }

    #[test]
    fn an_empty_output_is_an_empty_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.jsonl");
        match Direct::create(&path).unwrap() {
            Some(direct) => drop(direct.finish().unwrap()),
            None => drop(File::create(&path).unwrap()),
        }
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    }
}
