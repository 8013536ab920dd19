//! Input: command-line paths to sources, sources to raw documents, on a reader thread.
//!
//! A *source* is a file (found directly or in a directory walk) or stdin. The reader thread
//! opens each source in order, detects gzip/zstd by magic bytes and decompresses it, decides
//! between JSON Lines (first non-whitespace byte `{`) and one plain-text article, and sends
//! raw [`Record`]s (still bytes: parsing happens on the workers, in parallel) and file-level
//! [`Problem`]s through one bounded channel, so everything stays in input order and memory
//! stays bounded by the channel's capacity.

use std::collections::HashSet;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Bytes read through one `BufReader`: large enough that per-read syscalls do not matter.
const BUF_SIZE: usize = 256 * 1024;
/// How much of a decompressed source is looked at to tell binary files from text.
const SNIFF: usize = 8 * 1024;
/// A JSON file whose first line is an incomplete value is read whole (news-please writes
/// one object per file, possibly indented) up to this size; above, it is read as lines.
const WHOLE_JSON_MAX: u64 = 64 * 1024 * 1024;

/// Where a source's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKind {
    /// Standard input.
    Stdin,
    /// A file path (which may still turn out unreadable).
    File(PathBuf),
    /// Found during a directory walk but not listable (the message says why).
    Unlistable(String),
}

/// One input source, named as the output's ids and messages name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as given or as found in a directory (`-` for stdin).
    pub name: String,
    /// Where to read it.
    pub kind: SourceKind,
    /// Size on disk, when known (for the progress bar).
    pub size: Option<u64>,
    /// The file name says JSON Lines (`.jsonl`, `.ndjson`, `.json`, also under `.gz`/`.zst`):
    /// only used to read an empty file as zero documents rather than one empty article.
    pub json_name: bool,
    /// The file's device and inode, when known (Unix): tells whether a path names one of
    /// the inputs (the output must not be removed before it is read).
    pub file_id: Option<(u64, u64)>,
}

/// A file's device and inode (Unix; `None` elsewhere).
pub fn file_id(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// A command-line path that cannot be used (a usage error: exit code 2).
#[derive(Debug)]
pub struct PathError {
    /// The path as given.
    pub path: String,
    /// What is wrong.
    pub error: io::Error,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.error)
    }
}

impl std::error::Error for PathError {}

/// Expands command-line paths into sources: `-` (or no path at all) is stdin, a directory is
/// walked recursively in path order (entries sorted by name; hidden entries and README,
/// LICENSE, NOTICE and COPYING files are left out of walks), anything else is a file.
///
/// # Errors
/// A command-line path that does not exist or cannot be inspected.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Source>, PathError> {
    let mut out = Vec::new();
    if paths.is_empty() {
        out.push(stdin_source());
    }
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(stdin_source());
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|error| PathError {
            path: path.display().to_string(),
            error,
        })?;
        if meta.is_dir() {
            let mut seen = HashSet::new();
            walk(path, &mut out, &mut seen);
        } else {
            out.push(file_source(path.clone(), Some(&meta)));
        }
    }
    Ok(out)
}

fn stdin_source() -> Source {
    Source {
        name: "-".to_string(),
        kind: SourceKind::Stdin,
        size: None,
        json_name: false,
        file_id: None,
    }
}

fn file_source(path: PathBuf, meta: Option<&std::fs::Metadata>) -> Source {
    let name = path.to_string_lossy().into_owned();
    let json_name = has_json_name(&name);
    Source {
        name,
        kind: SourceKind::File(path),
        size: meta.map(std::fs::Metadata::len),
        json_name,
        file_id: meta.and_then(file_id),
    }
}

fn has_json_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let base = lower
        .strip_suffix(".gz")
        .or_else(|| lower.strip_suffix(".zst"))
        .unwrap_or(&lower);
    [".jsonl", ".ndjson", ".json"]
        .iter()
        .any(|ext| base.ends_with(ext))
}

/// Names a directory walk leaves out: hidden entries (`.git`, `.DS_Store`) and the
/// documentation that corpus directories carry beside their articles (`README.md`,
/// `LICENSE`, `NOTICE`, `COPYING`, any extension, any case). Named on the command line, such
/// files are read like any other.
fn skipped_in_walks(name: &[u8]) -> bool {
    if name.starts_with(b".") {
        return true;
    }
    let stem = name.split(|&b| b == b'.').next().unwrap_or(name);
    [
        &b"readme"[..],
        b"license",
        b"licence",
        b"notice",
        b"copying",
    ]
    .iter()
    .any(|doc| stem.eq_ignore_ascii_case(doc))
}

/// Depth-first walk, entries sorted by name so the order is stable; directory symlink
/// loops are cut by remembering canonical paths.
fn walk(dir: &Path, out: &mut Vec<Source>, seen: &mut HashSet<PathBuf>) {
    if let Ok(canonical) = dir.canonicalize() {
        if !seen.insert(canonical) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Source {
                name: dir.to_string_lossy().into_owned(),
                kind: SourceKind::Unlistable(format!("cannot list directory: {e}")),
                size: None,
                json_name: false,
                file_id: None,
            });
            return;
        }
    };
    let mut names: Vec<_> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.file_name()))
        .filter(|name| !skipped_in_walks(name.as_encoded_bytes()))
        .collect();
    names.sort();
    for name in names {
        let path = dir.join(&name);
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, out, seen),
            Ok(meta) => out.push(file_source(path, Some(&meta))),
            // A dangling symlink or similar: keep it, so opening it reports the problem in order.
            Err(_) => out.push(file_source(path, None)),
        }
    }
}

/// One shard of the input files: `--shard K/N`, 1-based as Slurm array ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which shard, 1..=count.
    pub index: usize,
    /// How many shards.
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("expected K/N (e.g. 3/16), got `{s}`"))?;
        let index: usize = k
            .trim()
            .parse()
            .map_err(|_| format!("shard index `{k}` is not a number"))?;
        let count: usize = n
            .trim()
            .parse()
            .map_err(|_| format!("shard count `{n}` is not a number"))?;
        if count == 0 || index == 0 || index > count {
            return Err(format!("shard {index}/{count}: need 1 <= K <= N"));
        }
        Ok(Shard { index, count })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// The sources of this shard: round robin over the sorted source list (source `i`, 0-based,
    /// goes to shard `i % N + 1`), which balances sizes and depends only on the list.
    pub fn select(self, sources: Vec<Source>) -> Vec<Source> {
        sources
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % self.count + 1 == self.index)
            .map(|(_, s)| s)
            .collect()
    }
}

/// How a record's bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object (a JSON Lines line, or a whole one-object file).
    Json,
    /// One plain-text article (a whole file).
    Plain,
}

/// One raw document: where its text lies in its [`Block`].
#[derive(Debug)]
pub struct Record {
    /// The source's name.
    pub source: Arc<str>,
    /// 1-based line of the record (1 for a plain-text file).
    pub line: u64,
    /// How to read its text.
    pub format: Format,
    /// The record's text (without its line terminator) in [`Block::text`].
    pub range: std::ops::Range<usize>,
    /// Its bytes were not UTF-8: the text is their lossy decoding (U+FFFD for each invalid
    /// sequence).
    pub repaired: bool,
    /// Its length in the input, in bytes (the text's length unless repaired).
    pub input_len: usize,
}

/// Something that went wrong with a source rather than a single document.
#[derive(Debug, Clone)]
pub struct Problem {
    /// The source's name.
    pub source: Arc<str>,
    /// The line where it happened, if any.
    pub line: Option<u64>,
    /// What happened, for humans.
    pub reason: String,
    /// How many documents this cost (counted as skipped).
    pub skipped: u64,
}

/// One thing the reader found, in input order.
#[derive(Debug)]
pub enum Item {
    /// A document to process.
    Doc(Record),
    /// A file-level problem to report.
    Problem(Problem),
}

/// Consecutive items and one buffer holding the text of all their documents: what the
/// reader thread sends and a worker takes as one unit of work. One buffer per block, not
/// one per document, spares an allocation and a copy per line, and one hand-over per block
/// spares the channel a wake-up per document. The reader checks (or repairs) each
/// document's UTF-8 as it copies it in, while its bytes are still in the reader's cache, so
/// that a worker takes text as it is.
#[derive(Debug, Default)]
pub struct Block {
    /// The documents' text, one after the other.
    pub text: String,
    /// The items, in input order.
    pub items: Vec<Item>,
}

impl Block {
    /// A record's text (empty for a range outside the buffer or off char boundaries).
    pub fn record_text(&self, record: &Record) -> &str {
        self.text.get(record.range.clone()).unwrap_or("")
    }
}

/// Gathers the reader's items into [`Block`]s and hands each one on when it is full, or
/// when the reader is about to wait for more input (so that a slow stream's documents are
/// worked on as they come).
pub struct Blocks<'s> {
    send: &'s mut dyn FnMut(Block) -> bool,
    block: Block,
    limits: BlockLimits,
}

/// When a [`Block`] is full: whichever limit is reached first.
#[derive(Debug, Clone, Copy)]
pub struct BlockLimits {
    /// Items per block.
    pub items: usize,
    /// Document bytes per block.
    pub bytes: usize,
}

impl<'s> Blocks<'s> {
    /// Blocks within `limits`, each passed to `send` (which says false when nobody takes
    /// them any more).
    pub fn new(send: &'s mut dyn FnMut(Block) -> bool, limits: BlockLimits) -> Self {
        Blocks {
            send,
            block: Block::default(),
            limits: BlockLimits {
                items: limits.items.max(1),
                bytes: limits.bytes.max(1),
            },
        }
    }

    /// Adds a document, copying its bytes (decoded lossily when they are not UTF-8); false
    /// when the receiver is gone.
    pub fn doc(&mut self, source: &Arc<str>, line: u64, format: Format, bytes: &[u8]) -> bool {
        let buf = &mut self.block.text;
        if buf.capacity() == 0 {
            // Room for a full block and the line that crosses its limit, mostly.
            buf.reserve(self.limits.bytes + self.limits.bytes / 8);
        }
        let (text, repaired) = crate::doc::decode(bytes);
        let start = buf.len();
        buf.push_str(&text);
        self.push(Item::Doc(Record {
            source: source.clone(),
            line,
            format,
            range: start..start + text.len(),
            repaired,
            input_len: bytes.len(),
        }))
    }

    /// Adds a document whose bytes are in a buffer of their own: moved, not copied, when
    /// it starts a block (a whole file, a giant line).
    pub fn doc_owned(
        &mut self,
        source: &Arc<str>,
        line: u64,
        format: Format,
        bytes: Vec<u8>,
    ) -> bool {
        if !self.block.text.is_empty() && bytes.len() >= self.limits.bytes && !self.flush() {
            return false;
        }
        if !self.block.text.is_empty() {
            return self.doc(source, line, format, &bytes);
        }
        let input_len = bytes.len();
        let (text, repaired) = crate::doc::decode_owned(bytes);
        let len = text.len();
        self.block.text = text;
        self.push(Item::Doc(Record {
            source: source.clone(),
            line,
            format,
            range: 0..len,
            repaired,
            input_len,
        }))
    }

    /// Adds a problem; false when the receiver is gone.
    pub fn problem(&mut self, problem: Problem) -> bool {
        self.push(Item::Problem(problem))
    }

    fn push(&mut self, item: Item) -> bool {
        self.block.items.push(item);
        if self.block.items.len() >= self.limits.items || self.block.text.len() >= self.limits.bytes
        {
            self.flush()
        } else {
            true
        }
    }

    /// Sends the items gathered so far, if any; false when the receiver is gone.
    pub fn flush(&mut self) -> bool {
        if self.block.items.is_empty() {
            return true;
        }
        let block = std::mem::take(&mut self.block);
        (self.send)(block)
    }
}

/// Counts bytes as they are read from disk, for the progress bar.
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The compression of a stream, from its magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Not compressed.
    None,
    /// gzip (`1f 8b`), possibly several members.
    Gzip,
    /// zstd (`28 b5 2f fd`), possibly several frames.
    Zstd,
}

impl Compression {
    fn name(self) -> &'static str {
        match self {
            Compression::None => "read",
            Compression::Gzip => "gzip stream",
            Compression::Zstd => "zstd stream",
        }
    }

    /// Detects the compression from the first bytes of a stream.
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }
}

/// A reader that fails with a stored error, then reports end of stream.
struct FailOnce(Option<io::Error>);

impl Read for FailOnce {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}

/// Reads up to `n` bytes (fewer only at end of stream).
fn read_prefix<R: Read>(reader: &mut R, n: usize, out: &mut Vec<u8>) -> io::Result<()> {
    let mut chunk = [0u8; 4096];
    while out.len() < n {
        let want = (n - out.len()).min(chunk.len());
        match reader.read(&mut chunk[..want]) {
            Ok(0) => break,
            Ok(k) => out.extend_from_slice(&chunk[..k]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Opens a raw byte stream with transparent decompression, detected by magic bytes.
///
/// # Errors
/// When the first bytes cannot be read or the zstd decoder cannot be set up.
pub fn decompress<R: Read + Send + 'static>(
    mut raw: R,
) -> io::Result<(Compression, Box<dyn Read + Send>)> {
    let mut head = Vec::with_capacity(4);
    read_prefix(&mut raw, 4, &mut head)?;
    let compression = Compression::sniff(&head);
    let stream = Cursor::new(head).chain(raw);
    let reader: Box<dyn Read + Send> = match compression {
        Compression::None => Box::new(stream),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(BufReader::with_capacity(
            BUF_SIZE, stream,
        ))),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(
            BufReader::with_capacity(BUF_SIZE, stream),
        )?),
    };
    Ok((compression, reader))
}

/// Reader-thread options.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Bytes read from disk so far (shared with the progress bar).
    pub raw_bytes: Arc<AtomicU64>,
    /// How large the blocks sent may grow.
    pub limits: BlockLimits,
}

/// A bounded queue of blocks from the reader thread, like a `sync_channel`, but a full
/// queue wakes its blocked sender only once it has drained to a low mark. A `sync_channel`
/// wakes the reader for every block taken: it sent one more and blocked again, two context
/// switches per block, on cores the workers need.
///
/// Made by [`block_queue`].
pub struct BlockSender {
    tx: mpsc::Sender<Block>,
    gate: Arc<Gate>,
}

/// The receiving end of [`block_queue`]; dropping it makes the sender's next send fail.
pub struct BlockReceiver {
    rx: mpsc::Receiver<Block>,
    gate: Arc<Gate>,
}

/// What the two ends share: how many blocks are queued, and whether the receiver is gone.
struct Gate {
    state: Mutex<GateState>,
    room: Condvar,
    capacity: usize,
    /// The blocked sender is woken when the queue is down to this many.
    low: usize,
    /// The queue reached its low mark: the sender is to be woken (by [`RoomWaker::wake`]).
    due: AtomicBool,
}

struct GateState {
    queued: usize,
    closed: bool,
}

/// A queue holding at most `capacity` blocks (at least one), whose sender, once blocked on
/// a full queue, is woken when it is down to `low` blocks (less than `capacity`).
pub fn block_queue(capacity: usize, low: usize) -> (BlockSender, BlockReceiver) {
    let capacity = capacity.max(1);
    let (tx, rx) = mpsc::channel();
    let gate = Arc::new(Gate {
        state: Mutex::new(GateState {
            queued: 0,
            closed: false,
        }),
        room: Condvar::new(),
        capacity,
        low: low.min(capacity - 1),
        due: AtomicBool::new(false),
    });
    (
        BlockSender {
            tx,
            gate: gate.clone(),
        },
        BlockReceiver { rx, gate },
    )
}

/// How long a sender waits for room before it looks at the queue again by itself.
const ROOM_RECHECK: Duration = Duration::from_millis(50);

impl BlockSender {
    /// Queues `block`, waiting while the queue is full; false when the receiver is gone.
    pub fn send(&self, block: Block) -> bool {
        let gate = &*self.gate;
        let Ok(mut state) = gate.state.lock() else {
            return false;
        };
        while state.queued >= gate.capacity && !state.closed {
            // With a timeout: a receiver whose taker never calls `RoomWaker::wake` (the
            // receiver is public) slows the sender down but cannot leave it waiting forever.
            state = match gate.room.wait_timeout(state, ROOM_RECHECK) {
                Ok((state, _)) => state,
                Err(_) => return false,
            };
        }
        if state.closed {
            return false;
        }
        state.queued += 1;
        drop(state);
        self.tx.send(block).is_ok()
    }
}

impl BlockReceiver {
    /// The next block, waiting up to `wait`.
    ///
    /// # Errors
    /// Timeout, or the sender is gone and the queue empty.
    pub fn recv_timeout(&self, wait: Duration) -> Result<Block, RecvTimeoutError> {
        let item = self.rx.recv_timeout(wait)?;
        self.taken();
        Ok(item)
    }

    /// The next block if one is queued.
    ///
    /// # Errors
    /// Empty, or the sender is gone and the queue empty.
    pub fn try_recv(&self) -> Result<Block, TryRecvError> {
        let item = self.rx.try_recv()?;
        self.taken();
        Ok(item)
    }

    /// What wakes the sender once the queue is down to its low mark; whoever takes blocks
    /// should call [`RoomWaker::wake`] after each take (without it, a sender waiting for
    /// room notices it by itself, within 50 ms).
    pub fn waker(&self) -> RoomWaker {
        RoomWaker(self.gate.clone())
    }

    /// One block fewer; marks the sender due for a wake-up at the low mark.
    fn taken(&self) {
        let gate = &*self.gate;
        if let Ok(mut state) = gate.state.lock() {
            state.queued = state.queued.saturating_sub(1);
            if state.queued == gate.low {
                gate.due.store(true, Ordering::Release);
            }
        }
    }
}

/// Wakes the sender of a [`block_queue`] that has drained to its low mark. Kept apart from
/// the receiver so that the wake-up (a system call, on whose return the caller may lose its
/// core) happens after the caller lets go of any lock around the receiver: the runner's
/// workers share theirs under a mutex, and a worker preempted while holding it kept the
/// other waiting with a core idle.
pub struct RoomWaker(Arc<Gate>);

impl RoomWaker {
    /// Wakes the sender if the queue reached its low mark since the last call.
    pub fn wake(&self) {
        if self.0.due.swap(false, Ordering::AcqRel) {
            // Taking the lock orders this after the sender's check of a full queue (it
            // waits under the lock), so the wake-up is not lost.
            drop(self.0.state.lock());
            self.0.room.notify_one();
        }
    }
}

impl Drop for BlockReceiver {
    fn drop(&mut self) {
        let gate = &*self.gate;
        if let Ok(mut state) = gate.state.lock() {
            state.closed = true;
        }
        gate.room.notify_one();
    }
}

/// Sends every source's records and problems, in order and in blocks, into `tx`. Returns
/// early (quietly) when the receiver is gone: the run was interrupted or the output closed.
pub fn read_all(sources: Vec<Source>, options: ReadOptions, tx: BlockSender) {
    let mut send = |block: Block| tx.send(block);
    let mut blocks = Blocks::new(&mut send, options.limits);
    for source in sources {
        let name: Arc<str> = Arc::from(source.name.as_str());
        let raw: Box<dyn Read + Send> = match &source.kind {
            SourceKind::Stdin => {
                // Reading stdin may wait: what came before is worked on meanwhile.
                if !blocks.flush() {
                    return;
                }
                Box::new(io::stdin())
            }
            SourceKind::File(path) => match File::open(path) {
                Ok(file) => Box::new(file),
                Err(e) => {
                    if !blocks.problem(problem(&name, None, format!("cannot read: {e}"))) {
                        return;
                    }
                    continue;
                }
            },
            SourceKind::Unlistable(reason) => {
                if !blocks.problem(problem(&name, None, reason.clone())) {
                    return;
                }
                continue;
            }
        };
        let counted = Counting {
            inner: raw,
            counter: options.raw_bytes.clone(),
        };
        if !read_source(&name, source.json_name, counted, &mut blocks) {
            return;
        }
    }
    blocks.flush();
}

fn problem(source: &Arc<str>, line: Option<u64>, reason: String) -> Problem {
    Problem {
        source: source.clone(),
        line,
        reason,
        skipped: 1,
    }
}

/// Reads one source; false when the receiver is gone.
fn read_source<R: Read + Send + 'static>(
    name: &Arc<str>,
    json_name: bool,
    raw: R,
    out: &mut Blocks<'_>,
) -> bool {
    let (compression, mut stream) = match decompress(raw) {
        Ok(x) => x,
        Err(e) => return out.problem(problem(name, None, format!("cannot read: {e}"))),
    };
    let damaged = |e: io::Error, what: &str| -> String {
        format!("{} damaged: {e}; {what}", compression.name())
    };
    // Look at the first bytes: up to the first non-whitespace byte, plus whatever the same
    // read returned (up to SNIFF bytes) to tell binary from text. Reads return what is
    // available, so a slow pipe (stdin fed line by line) is never waited on for more.
    let mut head = Vec::with_capacity(SNIFF);
    let mut sniff_error = None;
    let mut chunk = vec![0u8; SNIFF];
    while !head.iter().any(|b: &u8| !b.is_ascii_whitespace()) {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(k) => head.extend_from_slice(&chunk[..k]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                sniff_error = Some(e);
                break;
            }
        }
    }
    let first = head.iter().find(|b| !b.is_ascii_whitespace()).copied();
    // A stream damaged within the first bytes still yields what came before the damage.
    let damaged_early = sniff_error.is_some();
    let rest: Box<dyn Read + Send> = match sniff_error {
        Some(e) => Box::new(FailOnce(Some(e))),
        None => stream,
    };
    let stream = Cursor::new(head).chain(rest);
    match first {
        None if json_name && !damaged_early => true,
        Some(b'{') => read_json(name, stream, compression, out),
        _ => {
            let mut bytes = Vec::new();
            let mut stream = stream;
            match stream.read_to_end(&mut bytes) {
                // NUL bytes near the start mark a binary file (an image in a news directory),
                // as in git and ripgrep. (A JSON source starts with `{` and fails per line.)
                Ok(_) if bytes[..bytes.len().min(SNIFF)].contains(&0) => out.problem(problem(
                    name,
                    None,
                    "binary file (NUL bytes), not read".to_string(),
                )),
                Ok(_) => out.doc_owned(name, 1, Format::Plain, bytes),
                Err(e) => out.problem(problem(name, None, damaged(e, "the article in it is lost"))),
            }
        }
    }
}

/// Reads JSON Lines, or a file of JSON values spread over lines (news-please style).
fn read_json<R: Read>(
    name: &Arc<str>,
    stream: R,
    compression: Compression,
    out: &mut Blocks<'_>,
) -> bool {
    let mut reader = BufReader::with_capacity(BUF_SIZE, stream);
    // The first non-blank line decides: a complete JSON value means JSON Lines; an incomplete
    // one means values spread over lines, read whole. (The caller saw a `{`, and the
    // whitespace before it is in memory already, so these reads cannot fail.)
    let mut line_no = 0u64;
    let mut line = Vec::new();
    while line.iter().all(u8::is_ascii_whitespace) {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return true,
            Ok(_) => line_no += 1,
            Err(e) => return out.problem(damaged_at(name, compression, e, line_no + 1, 0)),
        }
    }
    trim_newline(&mut line);
    if is_incomplete_json(&line) {
        return read_json_values(name, line, line_no, reader, compression, out);
    }
    if !out.doc(name, line_no, Format::Json, &line) {
        return false;
    }
    read_lines_from(name, reader, line_no, 1, compression, out)
}

fn damaged_at(
    name: &Arc<str>,
    compression: Compression,
    e: io::Error,
    line: u64,
    kept: u64,
) -> Problem {
    Problem {
        source: name.clone(),
        line: Some(line),
        reason: format!(
            "{} damaged: {e}; the {kept} documents before line {line} are kept",
            compression.name()
        ),
        skipped: 1,
    }
}

fn trim_newline(line: &mut Vec<u8>) {
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
}

/// True when `bytes` is the start of a JSON value cut off at its end.
fn is_incomplete_json(bytes: &[u8]) -> bool {
    match serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
        Ok(_) => false,
        Err(e) => e.is_eof(),
    }
}

/// A file whose first value spans lines: read it whole (up to [`WHOLE_JSON_MAX`]) and split it
/// into values. If that fails, it is JSON Lines after all (with a broken first line).
fn read_json_values<R: BufRead>(
    name: &Arc<str>,
    first_line: Vec<u8>,
    first_line_no: u64,
    mut reader: R,
    compression: Compression,
    out: &mut Blocks<'_>,
) -> bool {
    let mut buf = first_line;
    buf.push(b'\n');
    let start_of_buf_line = first_line_no;
    let read = (&mut reader).take(WHOLE_JSON_MAX).read_to_end(&mut buf);
    if let Err(e) = read {
        return out.problem(Problem {
            source: name.clone(),
            line: Some(first_line_no),
            reason: format!(
                "{} damaged: {e}; the JSON document starting on line {first_line_no} is lost",
                compression.name()
            ),
            skipped: 1,
        });
    }
    let complete = buf.len() as u64 <= WHOLE_JSON_MAX;
    if complete {
        let mut values = Vec::new();
        let mut stream =
            serde_json::Deserializer::from_slice(&buf).into_iter::<serde::de::IgnoredAny>();
        let mut start = 0;
        let mut ok = true;
        loop {
            match stream.next() {
                None => break,
                Some(Ok(_)) => {
                    let end = stream.byte_offset();
                    values.push((start, end));
                    start = end;
                }
                Some(Err(_)) => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            let mut line = start_of_buf_line;
            let mut counted_to = 0;
            for (s, e) in values {
                // The value starts at its first non-whitespace byte.
                let s = s + buf[s..e]
                    .iter()
                    .position(|b| !b.is_ascii_whitespace())
                    .unwrap_or(0);
                line += memchr::memchr_iter(b'\n', &buf[counted_to..s]).count() as u64;
                counted_to = s;
                if !out.doc(name, line, Format::Json, &buf[s..e]) {
                    return false;
                }
            }
            return true;
        }
    }
    // JSON Lines after all: replay the buffered bytes as lines, then the rest of the stream.
    let rest = BufReader::with_capacity(BUF_SIZE, Cursor::new(buf).chain(reader));
    read_lines_from(name, rest, start_of_buf_line - 1, 0, compression, out)
}

/// Plain JSON Lines from `reader`, numbering lines after `line_no`; `kept` documents of
/// this source were sent already.
fn read_lines_from<R: Read>(
    name: &Arc<str>,
    mut reader: BufReader<R>,
    mut line_no: u64,
    mut kept: u64,
    compression: Compression,
    out: &mut Blocks<'_>,
) -> bool {
    // A line lying whole in the reader's buffer (nearly every one) is copied once, into the
    // block. One that runs past the buffer's end is gathered in a reused buffer first, or
    // moved into a block of its own when huge.
    let mut scratch = Vec::new();
    loop {
        // The next read may wait (a pipe, a slow stream): hand on what is gathered first.
        if reader.buffer().is_empty() && !out.flush() {
            return false;
        }
        let whole = match reader.fill_buf() {
            Ok([]) => return true,
            Ok(buf) => memchr::memchr(b'\n', buf).map(|end| {
                let mut line = &buf[..end];
                if let [rest @ .., b'\r'] = line {
                    line = rest;
                }
                (line.len(), end + 1)
            }),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return out.problem(damaged_at(name, compression, e, line_no + 1, kept)),
        };
        line_no += 1;
        match whole {
            Some((len, used)) => {
                let line = &reader.buffer()[..len];
                if !line.iter().all(u8::is_ascii_whitespace) {
                    kept += 1;
                    if !out.doc(name, line_no, Format::Json, line) {
                        return false;
                    }
                }
                reader.consume(used);
            }
            None => {
                // The rest of this line is still to be read, which may wait too.
                if !out.flush() {
                    return false;
                }
                scratch.clear();
                match reader.read_until(b'\n', &mut scratch) {
                    Ok(0) => return true,
                    Ok(_) => {}
                    Err(e) => return out.problem(damaged_at(name, compression, e, line_no, kept)),
                }
                trim_newline(&mut scratch);
                if scratch.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                kept += 1;
                let sent = if scratch.len() > 1 << 20 {
                    out.doc_owned(name, line_no, Format::Json, std::mem::take(&mut scratch))
                } else {
                    out.doc(name, line_no, Format::Json, &scratch)
                };
                if !sent {
                    return false;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// The items read from `bytes`, with each document's bytes, over blocks of at most
    /// three items (so that items meet block boundaries everywhere).
    fn read_bytes(bytes: Vec<u8>, json_name: bool) -> Vec<(Item, Vec<u8>)> {
        let mut items = Vec::new();
        let name: Arc<str> = Arc::from("t");
        let mut send = |block: Block| {
            for item in block.items {
                let bytes = match &item {
                    Item::Doc(r) => block.text.as_bytes()[r.range.clone()].to_vec(),
                    Item::Problem(_) => Vec::new(),
                };
                items.push((item, bytes));
            }
            true
        };
        let limits = BlockLimits {
            items: 3,
            bytes: 1 << 16,
        };
        let mut blocks = Blocks::new(&mut send, limits);
        read_source(&name, json_name, Cursor::new(bytes), &mut blocks);
        blocks.flush();
        items
    }

    fn docs(items: &[(Item, Vec<u8>)]) -> Vec<(u64, String)> {
        items
            .iter()
            .filter_map(|(i, bytes)| match i {
                Item::Doc(r) => Some((r.line, String::from_utf8_lossy(bytes).into_owned())),
                Item::Problem(_) => None,
            })
            .collect()
    }

    #[test]
    fn json_lines_with_blank_lines_and_crlf() {
        let items = read_bytes(b"{\"a\":1}\r\n\n  \n{\"a\":2}".to_vec(), false);
        assert_eq!(
            docs(&items),
            vec![(1, "{\"a\":1}".into()), (4, "{\"a\":2}".into())]
        );
    }

    #[test]
    fn lines_across_the_read_buffer_are_whole() {
        // Lines of many lengths (some longer than the buffer), CRLF and blank lines, so that
        // line ends fall everywhere relative to the reader's buffer.
        let mut input = Vec::new();
        let mut expected = Vec::new();
        let mut line = 0u64;
        for n in 0..400usize {
            let len = (n * 7919) % (BUF_SIZE / 40) + if n % 97 == 0 { BUF_SIZE } else { 0 };
            let doc = format!("{{\"n\":{n},\"x\":\"{}\"}}", "ü".repeat(len / 2));
            input.extend_from_slice(doc.as_bytes());
            input.extend_from_slice(if n % 3 == 0 { b"\r\n" } else { b"\n" });
            line += 1;
            expected.push((line, doc));
            if n % 5 == 0 {
                input.extend_from_slice(b" \r\n");
                line += 1;
            }
        }
        assert!(input.len() > 4 * BUF_SIZE);
        assert_eq!(docs(&read_bytes(input, false)), expected);
    }

    #[test]
    fn indented_single_object_is_one_document() {
        let text = "\n{\n  \"maintext\": \"Hallo\",\n  \"x\": {\"y\": 1}\n}\n";
        let items = read_bytes(text.as_bytes().to_vec(), true);
        let d = docs(&items);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].0, 2);
        assert!(d[0].1.starts_with('{') && d[0].1.ends_with('}'));
    }

    #[test]
    fn broken_first_line_falls_back_to_lines() {
        let text = "{\"text\": \"abc\n{\"text\": \"ok\"}\n";
        let items = read_bytes(text.as_bytes().to_vec(), false);
        assert_eq!(
            docs(&items),
            vec![
                (1, "{\"text\": \"abc".into()),
                (2, "{\"text\": \"ok\"}".into())
            ]
        );
    }

    #[test]
    fn plain_text_and_empty_files() {
        let items = read_bytes(" date 2025-12-02 Hallo".as_bytes().to_vec(), false);
        assert_eq!(docs(&items), vec![(1, " date 2025-12-02 Hallo".into())]);
        assert_eq!(
            docs(&read_bytes(Vec::new(), false)),
            vec![(1, String::new())]
        );
        assert!(read_bytes(Vec::new(), true).is_empty());
    }

    #[test]
    fn gzip_members_and_truncation() {
        let mut gz = Vec::new();
        for part in ["{\"text\":\"a\"}\n", "{\"text\":\"b\"}\n"] {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(part.as_bytes()).unwrap();
            gz.extend(enc.finish().unwrap());
        }
        assert_eq!(docs(&read_bytes(gz.clone(), false)).len(), 2);
        gz.truncate(gz.len() - 10);
        let items = read_bytes(gz, false);
        assert_eq!(docs(&items), vec![(1, "{\"text\":\"a\"}".into())]);
        assert!(matches!(items.last(), Some((Item::Problem(p), _)) if p.reason.contains("gzip")));
    }

    #[test]
    fn binary_is_reported() {
        let items = read_bytes(b"\x89PNG\r\n\x1a\n\0\0\0".to_vec(), false);
        assert!(matches!(&items[..], [(Item::Problem(p), _)] if p.reason.contains("binary")));
    }

    #[test]
    fn walks_leave_out_hidden_files_and_corpus_documentation() {
        for name in [
            ".DS_Store",
            ".git",
            "README.md",
            "readme",
            "LICENSE",
            "NOTICE.txt",
        ] {
            assert!(skipped_in_walks(name.as_bytes()), "{name}");
        }
        for name in [
            "news.jsonl",
            "readme-artikel.txt",
            "2025.json.gz",
            "notices.txt",
        ] {
            assert!(!skipped_in_walks(name.as_bytes()), "{name}");
        }
    }

    #[test]
    fn shards_partition_the_sources() {
        let sources: Vec<Source> = (0..7)
            .map(|i| file_source(PathBuf::from(format!("f{i}")), None))
            .collect();
        let mut all = Vec::new();
        for k in 1..=3 {
            let shard: Shard = format!("{k}/3").parse().unwrap();
            all.extend(shard.select(sources.clone()).into_iter().map(|s| s.name));
        }
        all.sort();
        let mut want: Vec<_> = sources.into_iter().map(|s| s.name).collect();
        want.sort();
        assert_eq!(all, want);
        assert!("0/3".parse::<Shard>().is_err());
        assert!("4/3".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
    }

    #[test]
    fn block_queue_delivers_everything_in_order_with_and_without_the_waker() {
        for use_waker in [true, false] {
            let (tx, rx) = block_queue(3, 1);
            let sender = std::thread::spawn(move || {
                (0..20).all(|i| {
                    tx.send(Block {
                        text: i.to_string(),
                        items: Vec::new(),
                    })
                })
            });
            let waker = rx.waker();
            let mut got = Vec::new();
            while let Ok(block) = rx.recv_timeout(Duration::from_secs(5)) {
                if use_waker {
                    waker.wake();
                }
                got.push(block.text);
            }
            let want: Vec<String> = (0..20).map(|i| i.to_string()).collect();
            assert_eq!(got, want, "waker: {use_waker}");
            assert!(sender.join().unwrap(), "waker: {use_waker}");
        }
    }
}
