//! Uncompressed file output that bypasses the page cache (`O_DIRECT`, Linux).
//!
//! Written through the page cache, the output (three times the input) costs the kernel a
//! copy into freshly allocated pages: on the 2-core virtual machine of issue 6 that was
//! 0.2 to 1.4 s of system time per 626 MB, on the writing thread, competing with the
//! workers for the cores (`dd bs=4M` of 629 MB: 1.51 s of system time buffered, 0.05 s
//! with `oflag=direct`). Here the lines are copied into a block-aligned window and handed
//! to the device in large aligned writes; the last, partial block is padded with zeros and
//! cut off again with `set_len`.
//!
//! A direct write returns only once the device has the data (about 10 ms per 4 MB window
//! on that machine), so full windows are written by a helper thread while the caller
//! fills a second one: the caller (the thread that also hands out the workers' permits)
//! does not stop for the device.
//!
//! Where a file system refuses direct I/O (tmpfs on older kernels, some FUSE and network
//! file systems) or the target is no regular file, [`Direct::create`] says so and the
//! caller writes through the page cache as before.

use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::mpsc;

/// Alignment of direct writes (address, length and file offset): the largest logical
/// block size in common use, so it suits 512-byte devices too.
const ALIGN: usize = 4096;

/// Bytes per direct write: large enough that the device, not the system call, sets the
/// pace (`dd` at 256 KB per write took three times the system time of 4 MB).
const CHUNK: usize = 4 << 20;

/// A buffer with an aligned window of [`CHUNK`] bytes at `buf[start..start + CHUNK]`.
struct Window {
    buf: Vec<u8>,
    start: usize,
}

impl Window {
    /// `None` if the allocation cannot be aligned (never seen: the offset is below ALIGN).
    fn new() -> Option<Window> {
        let buf = vec![0u8; CHUNK + ALIGN];
        let start = buf.as_ptr().align_offset(ALIGN);
        (start <= ALIGN).then_some(Window { buf, start })
    }

    fn bytes(&self, len: usize) -> &[u8] {
        &self.buf[self.start..self.start + len]
    }
}

/// The helper thread that writes full windows: windows go there with their file offset,
/// and come back once written (or the error).
struct Background {
    tx: mpsc::Sender<(Window, u64)>,
    back: mpsc::Receiver<io::Result<Window>>,
    handle: std::thread::JoinHandle<()>,
    /// A window is being written.
    busy: bool,
}

/// A file written with `O_DIRECT` through aligned windows.
pub struct Direct {
    file: File,
    /// The window being filled.
    window: Window,
    /// A written window, ready to be filled next.
    spare: Option<Window>,
    /// Bytes of the window filled so far.
    filled: usize,
    /// Bytes written (or being written) to the file before the window.
    written: u64,
    /// `None` when no helper thread could be started: full windows are written in place.
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
        let Some(window) = Window::new() else {
            return Ok(None);
        };
        // Some file systems accept the flag but refuse the writes: try one block.
        if write_at(&file, window.bytes(ALIGN), 0).is_err() {
            return Ok(None);
        }
        file.set_len(0)?;
        let background = file.try_clone().ok().and_then(|file| {
            let (tx, rx) = mpsc::channel::<(Window, u64)>();
            let (back_tx, back) = mpsc::channel();
            let handle = std::thread::Builder::new()
                .name("wortlaut-direct".into())
                .spawn(move || {
                    for (window, offset) in rx {
                        let done = write_at(&file, window.bytes(CHUNK), offset).map(|()| window);
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
                busy: false,
            })
        });
        Ok(Some(Direct {
            file,
            window,
            spare: None,
            filled: 0,
            written: 0,
            background,
        }))
    }

    /// The file, for syncing.
    pub fn file(&self) -> &File {
        &self.file
    }

    /// Appends `bytes`, writing every full window.
    ///
    /// # Errors
    /// The file's write errors (of this window or of the one written before).
    pub fn write_all(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            let n = (CHUNK - self.filled).min(bytes.len());
            let at = self.window.start + self.filled;
            self.window.buf[at..at + n].copy_from_slice(&bytes[..n]);
            self.filled += n;
            bytes = &bytes[n..];
            if self.filled == CHUNK {
                self.write_window()?;
            }
        }
        Ok(())
    }

    /// Writes the full window: hands it to the helper thread and goes on with the spare
    /// one (waiting for the window written before, if that is still on its way).
    fn write_window(&mut self) -> io::Result<()> {
        let offset = self.written;
        self.written += CHUNK as u64;
        self.filled = 0;
        let Some(bg) = self.background.as_mut() else {
            return write_at(&self.file, self.window.bytes(CHUNK), offset);
        };
        let next = match self.spare.take() {
            Some(w) => w,
            None if bg.busy => {
                bg.busy = false;
                bg.back
                    .recv()
                    .map_err(|_| io::Error::other("direct writer thread ended"))??
            }
            None => Window::new().ok_or_else(|| io::Error::other("no aligned buffer"))?,
        };
        let full = std::mem::replace(&mut self.window, next);
        bg.tx
            .send((full, offset))
            .map_err(|_| io::Error::other("direct writer thread ended"))?;
        bg.busy = true;
        Ok(())
    }

    /// Waits until the helper thread has written what it was given.
    fn settle(&mut self) -> io::Result<()> {
        if let Some(bg) = self.background.as_mut().filter(|bg| bg.busy) {
            bg.busy = false;
            let window = bg
                .back
                .recv()
                .map_err(|_| io::Error::other("direct writer thread ended"))??;
            self.spare = Some(window);
        }
        Ok(())
    }

    /// Makes everything appended so far visible in the file: the whole blocks are written
    /// for good, the partial last one padded and cut back with `set_len` (and written
    /// again, complete, later). For a slow input stream, whose lines should show up as they
    /// are done; a fast run never waits long enough for the caller to call it.
    ///
    /// # Errors
    /// The file's write errors.
    pub fn flush_visible(&mut self) -> io::Result<()> {
        self.settle()?;
        let whole = self.filled / ALIGN * ALIGN;
        if whole > 0 {
            write_at(&self.file, self.window.bytes(whole), self.written)?;
            self.written += whole as u64;
            let start = self.window.start;
            self.window
                .buf
                .copy_within(start + whole..start + self.filled, start);
            self.filled -= whole;
        }
        self.write_partial()
    }

    /// Writes the partial last block padded with zeros, then cuts the padding off.
    fn write_partial(&mut self) -> io::Result<()> {
        if self.filled > 0 {
            let start = self.window.start;
            let block = &mut self.window.buf[start..start + ALIGN];
            block[self.filled..].fill(0);
            write_at(&self.file, block, self.written)?;
            self.file.set_len(self.written + self.filled as u64)?;
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
