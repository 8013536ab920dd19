//! The corpus runner behind `wortlaut process`.
//!
//! Three kinds of threads: one reader (opens, decompresses and splits sources into blocks of
//! documents, checking or repairing their UTF-8 as it copies them, see [`crate::input`]),
//! the rayon workers (each takes the next block from the
//! reader's bounded queue, then parses, annotates and renders it) and the main thread, which
//! puts the finished blocks back in input order, counts and reports them and writes them
//! (compressing if asked). No thread stands between the reader and the workers, so a worker
//! never waits for another thread to get a core before it has work. Memory is bounded by
//! the queue's capacity and the number of blocks in flight; output order never
//! depends on the thread count.
//!
//! Output goes to `FILE.tmp` and is renamed to `FILE` when the run is complete; after Ctrl-C
//! it is renamed to `FILE.partial` instead, so no partial output ever looks finished.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use wortlaut_gazetteer::{Gazetteer, GazetteerBuilder};

use crate::direct::Direct;
use crate::doc::{self, Doc, DocError, Fields};
use crate::input::{self, Block, BlockReceiver, Item, Shard, SourceKind};
use crate::output::{CsvStyle, DocCounts, OutputOptions, Renderer};
use crate::pipeline::{Annotations, Models};
use crate::stats::Summary;

/// How the process ended; [`Exit::code`] is the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Every document was written (repaired ones included): 0.
    Clean,
    /// The run finished but skipped documents (a damaged stream counts): 1.
    Skipped,
    /// A usage or configuration error before any document, or a fatal output error: 2.
    Error,
    /// Stopped by Ctrl-C after finishing the current batch: 130.
    Interrupted,
}

impl Exit {
    /// The process exit code.
    pub fn code(self) -> i32 {
        match self {
            Exit::Clean => 0,
            Exit::Skipped => 1,
            Exit::Error => 2,
            Exit::Interrupted => 130,
        }
    }
}

/// Batch limits: a batch (the block of documents a worker takes at a time) closes at
/// whichever comes first.
#[derive(Debug, Clone, Copy)]
pub struct BatchLimits {
    /// Documents per batch.
    pub docs: usize,
    /// Input bytes per batch.
    pub bytes: usize,
}

impl Default for BatchLimits {
    fn default() -> Self {
        // A few milliseconds of work on one core: many batches in flight, so the workers
        // never wait at a batch's end, and the output is written in pieces of a few hundred
        // KB; small batches keep peak memory (input, output buffers, the buffer pool) the
        // same for a small corpus and a huge one.
        BatchLimits {
            docs: 128,
            bytes: 128 << 10,
        }
    }
}

/// Everything `wortlaut process` needs, as plain data (the binary fills it from its flags).
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Input paths; empty or `-` means stdin.
    pub inputs: Vec<PathBuf>,
    /// Output file (`None`: stdout). `.gz` / `.zst` compress.
    pub output: Option<PathBuf>,
    /// What goes into each line.
    pub options: OutputOptions,
    /// Text and id field names.
    pub fields: Fields,
    /// `--quiet`.
    pub quiet: bool,
    /// Worker threads; 0 means all cores.
    pub threads: usize,
    /// `--quotes-csv FILE`.
    pub quotes_csv: Option<PathBuf>,
    /// `--csv-excel`.
    pub csv_style: CsvStyle,
    /// Extra gazetteer lists (`--gazetteer`).
    pub gazetteers: Vec<PathBuf>,
    /// Leave out the embedded lists (`--no-default-gazetteer`).
    pub no_default_gazetteer: bool,
    /// `--shard K/N`.
    pub shard: Option<Shard>,
    /// `--done-dir DIR`.
    pub done_dir: Option<PathBuf>,
    /// `--errors FILE`.
    pub errors: Option<PathBuf>,
    /// Show a progress bar (the binary sets it when stderr is a terminal and not quiet).
    pub progress: bool,
    /// Set by the Ctrl-C handler.
    pub interrupt: Arc<AtomicBool>,
    /// Batch limits.
    pub batch: BatchLimits,
}

/// The models for a configuration: the gazetteer from the default and the given lists.
///
/// # Errors
/// An unreadable or malformed list, with file and line.
pub fn build_models(config: &Config) -> Result<Models, String> {
    let mut builder = GazetteerBuilder::new();
    builder.default_lists(!config.no_default_gazetteer);
    for path in &config.gazetteers {
        let bytes =
            std::fs::read(path).map_err(|e| format!("gazetteer {}: {e}", path.display()))?;
        builder
            .add_tsv(&path.display().to_string(), &bytes)
            .map_err(|e| format!("gazetteer {e}"))?;
    }
    let gazetteer: Gazetteer = builder.build().map_err(|e| format!("gazetteer: {e}"))?;
    Ok(Models::new(gazetteer))
}

/// One JSON Lines record in, one output line out (default fields and output options):
/// parse, all stages, render. The end-to-end unit that the benches time.
///
/// # Errors
/// Malformed JSON or a missing text field.
pub fn annotate_to_json(
    models: &Models,
    line: &[u8],
    out: &mut Vec<u8>,
) -> Result<DocCounts, DocError> {
    let renderer = Renderer {
        gazetteer: &models.gazetteer,
        options: OutputOptions::default(),
        csv: None,
    };
    let place = Place {
        source: "-",
        line: 1,
        format: input::Format::Json,
    };
    let (text, repaired) = doc::decode(line);
    annotate_record(
        models,
        &renderer,
        &Fields::default(),
        place,
        &text,
        repaired,
        true,
        out,
        &mut Vec::new(),
    )
}

/// Where a record comes from.
#[derive(Clone, Copy)]
struct Place<'a> {
    source: &'a str,
    line: u64,
    format: input::Format,
}

/// Parses, annotates and renders one record (its text, `repaired` when its bytes were not
/// UTF-8) onto `json` and `csv`; returns its counts (with entity and speaker keys if
/// `keys`). A panic in a stage costs the document, not the run: it is caught and the
/// document is skipped with the panic's message.
#[allow(clippy::too_many_arguments)]
fn annotate_record(
    models: &Models,
    renderer: &Renderer<'_>,
    fields: &Fields,
    place: Place<'_>,
    text: &str,
    repaired: bool,
    keys: bool,
    json: &mut Vec<u8>,
    csv: &mut Vec<u8>,
) -> Result<DocCounts, DocError> {
    let (doc, echo) = match place.format {
        input::Format::Json => {
            doc::json_doc_echo(text, fields, || format!("{}:{}", place.source, place.line))?
        }
        input::Format::Plain => (doc::plain_doc(text, place.source.to_string()), None),
    };
    render_doc_with(models, renderer, &doc, echo, repaired, keys, json, csv)
        .map_err(|msg| DocError::Json(format!("internal error while annotating: {msg}")))
}

/// Something to report about one document or source, in input order.
struct Event {
    source: Arc<str>,
    line: Option<u64>,
    action: &'static str,
    reason: String,
}

/// A worker's result for one block: the rendered lines and quote rows of its items, their
/// counts and what is to be reported about them. Lines go straight into one buffer (from
/// the [`BufferPool`]), so a document costs no allocation of its own and the output gets
/// one large piece per block.
struct Part {
    json: Vec<u8>,
    csv: Vec<u8>,
    tally: Summary,
    events: Vec<Event>,
}

/// Output buffers handed back by the main thread once written, so that steady state reuses
/// the same memory instead of growing fresh buffers (and faulting in fresh pages) for every
/// block. It keeps at most [`POOL_MAX_BYTES`] of buffers.
#[derive(Default)]
struct BufferPool(Mutex<Pooled>);

#[derive(Default)]
struct Pooled {
    buffers: Vec<Vec<u8>>,
    /// Their capacity in total.
    bytes: usize,
}

/// Capacity the pool keeps at most: the output of the blocks in flight (three times their
/// input) with room to spare; a huge document's buffer is freed rather than kept.
const POOL_MAX_BYTES: usize = 16 << 20;

impl BufferPool {
    fn take(&self) -> Vec<u8> {
        let Ok(mut pool) = self.0.lock() else {
            return Vec::new();
        };
        match pool.buffers.pop() {
            Some(buf) => {
                pool.bytes -= buf.capacity();
                buf
            }
            None => Vec::new(),
        }
    }

    fn give(&self, mut buf: Vec<u8>) {
        let capacity = buf.capacity();
        if capacity == 0 {
            return;
        }
        buf.clear();
        if let Ok(mut pool) = self.0.lock() {
            if pool.bytes + capacity <= POOL_MAX_BYTES {
                pool.bytes += capacity;
                pool.buffers.push(buf);
            }
        }
    }
}

/// Processes one block into one [`Part`]. With `keys`, the entities and speakers of the
/// written documents are counted for the summary (in [`KEYS`]); a quiet run shows no
/// summary, and hashing every mention was about 1.5 % of a worker's time.
fn work_part(
    models: &Models,
    renderer: &Renderer<'_>,
    fields: &Fields,
    block: &Block,
    pool: &BufferPool,
    keys: bool,
) -> Part {
    let mut part = Part {
        json: pool.take(),
        csv: if renderer.csv.is_some() {
            pool.take()
        } else {
            Vec::new()
        },
        tally: Summary::default(),
        events: Vec::new(),
    };
    // Output lines are about three times their input (the text echoed, plus annotations): a
    // fresh buffer gets that much at once rather than growing by doubling, copying as it goes.
    part.json.reserve(block.text.len().saturating_mul(3));
    for item in &block.items {
        let record = match item {
            Item::Doc(record) => record,
            Item::Problem(p) => {
                part.tally.read += p.skipped;
                part.tally.skipped += p.skipped;
                part.events.push(Event {
                    source: p.source.clone(),
                    line: p.line,
                    action: "skipped",
                    reason: p.reason.clone(),
                });
                continue;
            }
        };
        let text = block.record_text(record);
        // A plain-text article is a whole file: its messages name the file, not a line.
        let line = match record.format {
            input::Format::Json => Some(record.line),
            input::Format::Plain => None,
        };
        let place = Place {
            source: &record.source,
            line: record.line,
            format: record.format,
        };
        let tally = &mut part.tally;
        tally.read += 1;
        tally.bytes += record.input_len as u64 + 1;
        match annotate_record(
            models,
            renderer,
            fields,
            place,
            text,
            record.repaired,
            keys,
            &mut part.json,
            &mut part.csv,
        ) {
            Ok(counts) => {
                tally.written += 1;
                if record.repaired {
                    tally.repaired += 1;
                    part.events.push(Event {
                        source: record.source.clone(),
                        line,
                        action: "repaired",
                        reason: "invalid UTF-8 replaced with U+FFFD".to_string(),
                    });
                }
                let found = tally.add_numbers(counts);
                if keys {
                    KEYS.with_borrow_mut(|k| k.add_keys(found));
                }
            }
            Err(error) => {
                tally.skipped += 1;
                part.events.push(Event {
                    source: record.source.clone(),
                    line,
                    action: "skipped",
                    reason: error.to_string(),
                });
            }
        }
    }
    part
}

thread_local! {
    /// Entity and speaker counts of the documents this worker thread wrote, gathered by
    /// [`take_keys`] at the end of the run: counting into one map per thread spares the
    /// per-part maps and their merging on the main thread.
    static KEYS: RefCell<Summary> = RefCell::new(Summary::default());
}

/// Every worker's entity and speaker counts, added to `summary`.
fn take_keys(workers: &rayon::ThreadPool, summary: &mut Summary) {
    for keys in workers.broadcast(|_| KEYS.take()) {
        summary.merge(keys);
    }
}

/// Token capacity a worker keeps between documents at most (a few MB).
const SCRATCH_MAX_TOKENS: usize = 1 << 17;

thread_local! {
    /// The stages' buffers of this thread's last document (taken while a document is
    /// worked on, so a panic in a stage merely loses them).
    static SCRATCH: Cell<Annotations> = Cell::new(Annotations::default());
}

/// Annotates one document and renders its JSON line (and CSV rows) onto `json` and `csv`.
/// A panic in a stage costs this document, not the caller: it is caught, whatever was
/// appended is taken back, and the panic's message is returned. Shared by the corpus runner
/// and the Python wheel, so both write the same bytes.
///
/// # Errors
/// The message of a panic inside a stage.
pub fn render_doc(
    models: &Models,
    renderer: &Renderer<'_>,
    doc: &Doc<'_>,
    repaired: bool,
    json: &mut Vec<u8>,
    csv: &mut Vec<u8>,
) -> Result<DocCounts, String> {
    render_doc_with(models, renderer, doc, None, repaired, true, json, csv)
}

/// [`render_doc`], with the entity and speaker keys counted only if `keys`
/// ([`Renderer::render_with`]) and the text's JSON as written, if it can be copied
/// (`echo`, [`doc::json_doc_echo`]).
#[allow(clippy::too_many_arguments)]
fn render_doc_with(
    models: &Models,
    renderer: &Renderer<'_>,
    doc: &Doc<'_>,
    echo: Option<&str>,
    repaired: bool,
    keys: bool,
    json: &mut Vec<u8>,
    csv: &mut Vec<u8>,
) -> Result<DocCounts, String> {
    let (json_len, csv_len) = (json.len(), csv.len());
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let body = doc.text.get(doc.body..).unwrap_or("");
        let mut annotations = SCRATCH.take();
        models.annotate_into(body, &mut annotations);
        let counts = renderer.render_echo(
            doc,
            echo,
            Some(&models.entity_json),
            &annotations,
            repaired,
            keys,
            json,
            csv,
        );
        // A giant document's buffers are let go rather than kept for the next one.
        if annotations.analysis.tokens.capacity() <= SCRATCH_MAX_TOKENS
            && annotations.matches.mentions.capacity() <= SCRATCH_MAX_TOKENS / 8
        {
            SCRATCH.set(annotations);
        }
        counts
    }));
    result.map_err(|panic| {
        json.truncate(json_len);
        csv.truncate(csv_len);
        panic_message(&*panic)
    })
}

/// A finished output file: written to `FILE.tmp`, renamed when complete.
///
/// An existing destination that is no regular file (`/dev/null`, a named pipe) is written
/// directly: renaming `FILE.tmp` over it would replace the device or pipe with a file.
struct Target {
    tmp: PathBuf,
    path: PathBuf,
    /// Written in place: not renamed, and not removed after a failure.
    in_place: bool,
}

impl Target {
    fn new(path: &Path) -> Target {
        let in_place = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
        Target {
            tmp: if in_place {
                path.to_path_buf()
            } else {
                with_suffix(path, ".tmp")
            },
            path: path.to_path_buf(),
            in_place,
        }
    }
}

/// Removes the files that the targets' final renames would replace, each on a thread of
/// its own, whose handles are returned (to be joined before those renames). A file that is
/// also an input (by device and inode, `inputs`) is left for the rename, as is any file on
/// systems where that cannot be told.
///
/// Replacing a file by renaming another over it frees the old file's blocks in the
/// rename, at the very end of the run; on a file system that discards freed blocks
/// (mounted with `discard`, as here) that took 0.11-0.15 s for a 640 MB output from the
/// run before, added to every run that writes over its last output. Removed at the start,
/// the old file goes while the run works. It also means that an output from an earlier
/// run is not left looking finished beside a run that was interrupted or failed.
fn remove_old<'a>(
    targets: impl Iterator<Item = &'a Target>,
    inputs: &std::collections::HashSet<(u64, u64)>,
) -> Vec<std::thread::JoinHandle<()>> {
    targets
        .filter(|t| {
            !t.in_place
                && std::fs::symlink_metadata(&t.path).is_ok_and(|m| {
                    m.is_file() && input::file_id(&m).is_some_and(|id| !inputs.contains(&id))
                })
        })
        .filter_map(|t| {
            let path = t.path.clone();
            std::thread::Builder::new()
                .name("wortlaut-remove".into())
                .spawn(move || {
                    // If this fails, the final rename replaces the file as before.
                    let _ = std::fs::remove_file(path);
                })
                .ok()
        })
        .collect()
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Buffer size for uncompressed output: writes at least this large bypass the buffer.
const PLAIN_BUFFER: usize = 64 << 10;

/// A byte sink, compressed by the file name's extension.
enum Sink {
    Stdout(BufWriter<io::Stdout>),
    Plain(BufWriter<File>),
    /// Uncompressed, past the page cache where the file system allows it.
    Direct(Direct),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<File>>),
}

impl Sink {
    /// The sink for `path` (compressed by `name`'s extension), and a second handle of the
    /// file for [`Writer`]'s background sync. A destination written in place
    /// (a device or named pipe) is opened once only: trying direct I/O there first would
    /// open and close a pipe, and its reader would take the close for the end of the output
    /// (and the second open would then wait for a reader forever).
    fn create(path: &Path, name: &Path, in_place: bool) -> io::Result<(Sink, File)> {
        let ext = name.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !in_place && !matches!(ext, "gz" | "zst") {
            if let Some(direct) = Direct::create(path)? {
                let handle = direct.file().try_clone()?;
                return Ok((Sink::Direct(direct), handle));
            }
        }
        let file = File::create(path)?;
        let handle = file.try_clone()?;
        // Encoders write in small pieces, so they get a large buffer; plain output comes in
        // parts of hundreds of KB that a small buffer passes straight to `write`, without
        // copying them once more.
        let buffered = |capacity| BufWriter::with_capacity(capacity, file);
        let sink = match ext {
            "gz" => Sink::Gzip(flate2::write::GzEncoder::new(
                buffered(1 << 20),
                flate2::Compression::default(),
            )),
            "zst" => Sink::Zstd(zstd::stream::write::Encoder::new(buffered(1 << 20), 3)?),
            _ => Sink::Plain(buffered(PLAIN_BUFFER)),
        };
        Ok((sink, handle))
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(bytes),
            Sink::Plain(w) => w.write_all(bytes),
            Sink::Direct(w) => w.write_all(bytes),
            Sink::Gzip(w) => w.write_all(bytes),
            Sink::Zstd(w) => w.write_all(bytes),
        }
    }

    /// Makes what was written so far visible (buffered uncompressed sinks only: a
    /// compressed stream would lose ratio to flush points, and direct writes go out in
    /// whole blocks).
    fn flush_plain(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::Plain(w) => w.flush(),
            Sink::Direct(_) | Sink::Gzip(_) | Sink::Zstd(_) => Ok(()),
        }
    }

    /// Makes a direct sink's output so far visible in the file (the others show it after
    /// every chunk already, see [`Sink::flush_plain`]).
    fn flush_visible(&mut self) -> io::Result<()> {
        match self {
            Sink::Direct(w) => w.flush_visible(),
            _ => Ok(()),
        }
    }

    /// Ends the stream and syncs the file to disk.
    fn finish(self) -> io::Result<()> {
        let file = match self {
            Sink::Stdout(mut w) => return w.flush(),
            Sink::Direct(w) => return w.finish()?.sync_all(),
            Sink::Plain(w) => w,
            Sink::Gzip(w) => w.finish()?,
            Sink::Zstd(w) => w.finish()?,
        };
        let file = file.into_inner().map_err(|e| e.into_error())?;
        // A device or pipe written in place (see `Target`) has nothing to sync.
        if file.metadata()?.is_file() {
            file.sync_all()
        } else {
            Ok(())
        }
    }
}

/// Blocks taken by workers and not yet written at most (see [`process`]): the
/// [`WAKE_READY`] parts that the main thread is woken for, some per worker and two more.
/// Parts are written in input order, so while the worker with the oldest block is off its
/// core (preempted by another process on a shared machine, for a time slice or more) the
/// others can only run ahead by the permits left: with several workers each gets eight
/// (with two, the total of ten let a worker at `-j2` run out behind a preempted one). A
/// single worker never waits behind another, and two keep it going while the main thread
/// writes. Memory stays bounded by this (blocks of a few hundred KB, and their output),
/// not by the corpus.
fn in_flight_limit(threads: usize) -> usize {
    let ahead = if threads > 1 { 8 } else { 2 };
    WAKE_READY + ahead * threads + 2
}

/// Blocks the reader may have queued, and the low mark at which a worker wakes it, blocked
/// on a full queue: the reader produces a block in about 50 microseconds and the workers
/// work on one for over a millisecond, so each wake-up fills the queue with many blocks
/// (about 230 wake-ups per pass over the 212 MB corpus at `-j2`, against 580 when the queue
/// was 8 and woke the reader at 4), while the blocks left at the low mark keep every worker
/// busy until the reader gets a core.
fn queue_capacity(threads: usize) -> (usize, usize) {
    (4 * threads + 8, 2 * threads + 2)
}

/// How long the main thread waits for the next finished block before it makes a direct
/// sink's output so far visible: far longer than a block takes, so only a slow input
/// stream gets there.
const IDLE_FLUSH: Duration = Duration::from_millis(200);

/// How often a waiting thread looks at Ctrl-C and the stop flag.
const POLL: Duration = Duration::from_millis(50);

/// Output bytes after which the writer asks for the file's data to be written to disk.
const SYNC_EVERY: u64 = 32 << 20;

/// What the workers share: the reader's queue (with the sequence number of the next block
/// taken), the permits that bound the blocks in flight, and the stop flag (Ctrl-C, or the
/// output closed).
struct Feed {
    queue: Mutex<(BlockReceiver, u64)>,
    /// Wakes the reader, once the queue is down to its low mark, after the queue's lock is
    /// let go (see [`input::RoomWaker`]).
    room: input::RoomWaker,
    permits: Permits,
    stop: AtomicBool,
}

/// A counting semaphore: blocks taken and not yet written.
struct Permits {
    state: Mutex<PermitState>,
    freed: Condvar,
    limit: usize,
}

struct PermitState {
    taken: usize,
    /// Workers waiting in [`Permits::acquire`]: a release wakes nobody (no system call)
    /// when there are none, as there mostly are not.
    waiting: usize,
}

impl Permits {
    fn new(limit: usize) -> Permits {
        Permits {
            state: Mutex::new(PermitState {
                taken: 0,
                waiting: 0,
            }),
            freed: Condvar::new(),
            limit: limit.max(1),
        }
    }

    /// Waits for a permit; false (and none taken) once `stop` is set.
    fn acquire(&self, stop: &AtomicBool) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return false;
        };
        while state.taken >= self.limit {
            if stop.load(Ordering::SeqCst) {
                return false;
            }
            state.waiting += 1;
            let waited = self.freed.wait_timeout(state, POLL);
            state = match waited {
                Ok((state, _)) => state,
                Err(_) => return false,
            };
            state.waiting -= 1;
        }
        if stop.load(Ordering::SeqCst) {
            return false;
        }
        state.taken += 1;
        true
    }

    /// A permit if one is free at once (and `stop` is not set).
    fn try_acquire(&self, stop: &AtomicBool) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return false;
        };
        if state.taken >= self.limit || stop.load(Ordering::SeqCst) {
            return false;
        }
        state.taken += 1;
        true
    }

    /// Gives back `n` permits.
    fn release(&self, n: usize) {
        let waiting = match self.state.lock() {
            Ok(mut state) => {
                state.taken = state.taken.saturating_sub(n);
                state.waiting > 0
            }
            Err(_) => return,
        };
        // Woken after the lock is let go (see `Done::wake_main`).
        if waiting {
            self.freed.notify_all();
        }
    }
}

/// One worker thread: takes the next block (in input order, numbered) while permits last,
/// renders it into a [`Part`] and hands that to the main thread through [`Done`], until the
/// input ends or the run stops. The workers take blocks straight from the reader's queue: no
/// other thread has to run (and find a free core) before a worker gets its next block.
fn worker(
    models: &Models,
    renderer: &Renderer<'_>,
    fields: &Fields,
    pool: &BufferPool,
    feed: &Feed,
    keys: bool,
    done: &Done,
) {
    // Counts this worker out when it ends, also by a panic.
    let _running = Running(done);
    loop {
        if !feed.permits.try_acquire(&feed.stop) {
            // Only the main thread's writing frees a permit: it is woken for what is ready.
            done.starving(1);
            let acquired = feed.permits.acquire(&feed.stop);
            done.starving(-1);
            if !acquired {
                break;
            }
        }
        let taken = match feed.queue.lock() {
            Ok(mut queue) => {
                let block = match queue.0.try_recv() {
                    Ok(block) => Ok(block),
                    Err(TryRecvError::Empty) => {
                        // The input may be a slow stream: what is done goes out meanwhile.
                        done.hurry();
                        queue.0.recv_timeout(POLL)
                    }
                    Err(TryRecvError::Disconnected) => Err(RecvTimeoutError::Disconnected),
                };
                block.map(|block| {
                    let seq = queue.1;
                    queue.1 += 1;
                    (seq, block)
                })
            }
            Err(_) => Err(RecvTimeoutError::Disconnected),
        };
        feed.room.wake();
        match taken {
            Ok((seq, block)) => {
                if block.text.len() > HURRY_BLOCK {
                    // Far larger than a usual block: it may take long.
                    done.hurry();
                }
                // A stage's panic costs its document (caught per document); anything else
                // that panics costs the block, not the run: a block that never arrived would
                // leave the main thread waiting for it.
                let part = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    work_part(models, renderer, fields, &block, pool, keys)
                }))
                .unwrap_or_else(|panic| lost_part(&block, &panic_message(&*panic)));
                drop(block);
                done.deliver(seq, part);
            }
            Err(RecvTimeoutError::Timeout) => feed.permits.release(1),
            Err(RecvTimeoutError::Disconnected) => {
                feed.permits.release(1);
                break;
            }
        }
    }
}

/// Input bytes of a block above which a worker has the main thread woken for the parts
/// that are ready before working on it (blocks are about [`input::BlockLimits`] bytes; only
/// a huge document makes one larger).
const HURRY_BLOCK: usize = 1 << 20;

/// Ready parts (finished, and none missing before them) at which a worker wakes the main
/// thread to write them. Each wake-up is a system call on the worker's time and, when both
/// cores are busy (`-j2`), a switch to the main thread and back on a worker's core, whose
/// caches the main thread's copying then evicts; waking it for every part (or pair of parts)
/// cost about 2,300 switches per pass over the 212 MB corpus.
const WAKE_READY: usize = 4;

/// Finished parts on their way to the main thread, which writes them in input order.
///
/// A worker leaves its part here and wakes the main thread only when it is needed: once
/// [`WAKE_READY`] parts are ready, when a worker waits for a permit (only writing frees
/// them), before a worker waits for input or works on a huge block (so that a slow stream's
/// output goes out as it comes), and when the last worker ends. A part is never held back
/// by its worker, so a slow block delays no one else's permits beyond its own.
struct Done {
    state: Mutex<DoneState>,
    wake: Condvar,
}

#[derive(Default)]
struct DoneState {
    /// Finished parts by sequence number, not yet taken by the main thread.
    parts: BTreeMap<u64, Part>,
    /// The sequence number the main thread writes next.
    next: u64,
    /// Parts ready: `next`, `next + 1`, ... are all in `parts`.
    ready: usize,
    /// Workers still running.
    running: usize,
    /// Workers waiting for a permit.
    starving: usize,
    /// The main thread waits on `wake`.
    waiting: bool,
}

/// What [`Done::take`] found.
#[derive(Debug, PartialEq, Eq)]
enum Taken {
    /// Ready parts (appended to the caller's vector); `true` when they are the last.
    Parts(bool),
    /// Nothing ready within the wait.
    Timeout,
}

impl Done {
    fn new(workers: usize) -> Done {
        Done {
            state: Mutex::new(DoneState {
                running: workers,
                ..DoneState::default()
            }),
            wake: Condvar::new(),
        }
    }

    /// Leaves the finished part of block `seq`.
    fn deliver(&self, seq: u64, part: Part) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        state.parts.insert(seq, part);
        while state.parts.contains_key(&(state.next + state.ready as u64)) {
            state.ready += 1;
        }
        let wanted = state.ready >= WAKE_READY || (state.ready > 0 && state.starving > 0);
        self.wake_main(state, wanted);
    }

    /// Wakes the main thread if it waits and `wanted`, after letting go of the lock: a
    /// wake-up is a system call, on whose return the caller may lose its core (to the
    /// thread it woke, or on a shared machine to another process); holding the lock then,
    /// it kept the main thread and the other workers waiting for it, with a core idle
    /// (seen for 11.6 ms at a time with `perf sched` on a loaded machine). The main thread
    /// sets `waiting` and waits under the same lock, so it is waiting by the time anyone
    /// sees the flag, and a wake-up after the unlock is not lost.
    fn wake_main(&self, mut state: MutexGuard<'_, DoneState>, wanted: bool) {
        let wake = wanted && state.waiting;
        if wake {
            state.waiting = false;
        }
        drop(state);
        if wake {
            self.wake.notify_one();
        }
    }

    /// Has the main thread write what is ready now.
    fn hurry(&self) {
        if let Ok(state) = self.state.lock() {
            let wanted = state.ready > 0;
            self.wake_main(state, wanted);
        }
    }

    /// A worker starts (`1`) or stops (`-1`) waiting for a permit.
    fn starving(&self, change: isize) {
        if let Ok(mut state) = self.state.lock() {
            state.starving = state.starving.saturating_add_signed(change);
            let wanted = state.starving > 0 && state.ready > 0;
            self.wake_main(state, wanted);
        }
    }

    /// The main thread: waits up to `wait` for ready parts and appends them to `out`, in
    /// input order. `Parts(true)` once every worker has ended and nothing else is ready.
    fn take(&self, out: &mut Vec<Part>, wait: Duration) -> Taken {
        let Ok(mut state) = self.state.lock() else {
            return Taken::Parts(true);
        };
        if state.ready == 0 && state.running > 0 {
            state.waiting = true;
            state = match self.wake.wait_timeout(state, wait) {
                Ok((state, _)) => state,
                Err(_) => return Taken::Parts(true),
            };
            state.waiting = false;
        }
        let n = state.ready;
        for _ in 0..n {
            let seq = state.next;
            state.next += 1;
            if let Some(part) = state.parts.remove(&seq) {
                out.push(part);
            }
        }
        state.ready = 0;
        if state.running == 0 {
            // Every worker has ended: nothing comes any more.
            Taken::Parts(true)
        } else if n == 0 {
            Taken::Timeout
        } else {
            Taken::Parts(false)
        }
    }
}

/// Counts a worker out of [`Done`] when dropped, waking the main thread for the last one.
struct Running<'a>(&'a Done);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        if let Ok(mut state) = self.0.state.lock() {
            state.running = state.running.saturating_sub(1);
            let wanted = state.running == 0;
            self.0.wake_main(state, wanted);
        }
    }
}

/// The part of a block whose work panicked: every item is counted as skipped, with the
/// panic's message.
fn lost_part(block: &Block, message: &str) -> Part {
    let mut part = Part {
        json: Vec::new(),
        csv: Vec::new(),
        tally: Summary::default(),
        events: Vec::new(),
    };
    for item in &block.items {
        let (source, line, skipped, reason) = match item {
            Item::Doc(r) => (
                &r.source,
                (r.format == input::Format::Json).then_some(r.line),
                1,
                format!("internal error: {message}"),
            ),
            Item::Problem(p) => (&p.source, p.line, p.skipped, p.reason.clone()),
        };
        part.tally.read += skipped;
        part.tally.skipped += skipped;
        part.events.push(Event {
            source: source.clone(),
            line,
            action: "skipped",
            reason,
        });
    }
    part
}

/// A panic's message, if it has one.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

/// The output side, run by the main thread: writes parts in input order, syncs in the
/// background, shows a slow stream's output when idle.
///
/// The output is synced before it is renamed into place; left to the end, that sync would
/// write the whole output (three times the input) while nothing else happens. So a helper
/// thread syncs the JSON output's file every [`SYNC_EVERY`] bytes in the background, and
/// the final sync has little left to do.
struct Writer {
    json: Sink,
    csv: Option<Sink>,
    sync: Option<(mpsc::SyncSender<()>, std::thread::JoinHandle<()>)>,
    unsynced: u64,
    /// Written since the sinks were last made visible, and when.
    dirty: Option<Instant>,
}

impl Writer {
    fn new(json: Sink, csv: Option<Sink>, sync_file: Option<File>) -> Writer {
        let sync = sync_file.and_then(|file| {
            let (tx, rx) = mpsc::sync_channel::<()>(1);
            std::thread::Builder::new()
                .name("wortlaut-sync".into())
                .spawn(move || {
                    for () in rx {
                        // A failure shows again in the final sync, which is checked.
                        let _ = file.sync_data();
                    }
                })
                .ok()
                .map(|handle| (tx, handle))
        });
        Writer {
            json,
            csv,
            sync,
            unsynced: 0,
            dirty: None,
        }
    }

    fn write(&mut self, lines: &[u8], rows: &[u8]) -> io::Result<()> {
        self.json.write_all(lines)?;
        self.json.flush_plain()?;
        if let Some(csv) = self.csv.as_mut() {
            csv.write_all(rows)?;
            csv.flush_plain()?;
        }
        self.dirty = Some(Instant::now());
        self.unsynced += lines.len() as u64;
        if self.unsynced >= SYNC_EVERY {
            // Busy with the previous request: the next part asks again.
            if let Some((tx, _)) = &self.sync {
                if tx.try_send(()).is_ok() {
                    self.unsynced = 0;
                }
            }
        }
        Ok(())
    }

    /// Nothing came for a while: a slow input stream. Shows what is done before waiting on.
    fn idle(&mut self) -> io::Result<()> {
        if self.dirty.is_some_and(|at| at.elapsed() >= IDLE_FLUSH) {
            self.dirty = None;
            self.json.flush_visible()?;
            if let Some(csv) = self.csv.as_mut() {
                csv.flush_visible()?;
            }
        }
        Ok(())
    }

    /// Ends both sinks (syncing them).
    fn finish(mut self) -> io::Result<()> {
        if let Some((tx, handle)) = self.sync.take() {
            drop(tx);
            let _ = handle.join();
        }
        self.json.finish()?;
        if let Some(csv) = self.csv {
            csv.finish()?;
        }
        Ok(())
    }
}

/// Per-document messages on stderr stop after this many (the `--errors` file has them all).
const MAX_MESSAGES: u64 = 50;

/// Reports skipped and repaired documents: stderr (unless quiet) and the `--errors` file.
struct Reporter {
    quiet: bool,
    shown: u64,
    errors: Option<BufWriter<File>>,
    progress: Option<indicatif::ProgressBar>,
}

impl Reporter {
    fn report(&mut self, source: &str, line: Option<u64>, action: &str, reason: &str) {
        if !self.quiet {
            self.shown += 1;
            let place = match line {
                Some(line) => format!("{source}:{line}"),
                None => source.to_string(),
            };
            let msg = if self.shown <= MAX_MESSAGES {
                Some(format!("wortlaut: {place}: {reason} ({action})"))
            } else if self.shown == MAX_MESSAGES + 1 {
                Some(
                    "wortlaut: further problems are not shown; --errors FILE lists them all".into(),
                )
            } else {
                None
            };
            if let Some(msg) = msg {
                match &self.progress {
                    Some(bar) => bar.suspend(|| eprintln!("{msg}")),
                    None => eprintln!("{msg}"),
                }
            }
        }
        if let Some(w) = self.errors.as_mut() {
            let record = serde_json::json!({
                "source": source,
                "line": line,
                "action": action,
                "reason": reason,
            });
            // A failing errors file must not stop the run; it is reported once at the end.
            let _ = serde_json::to_writer(&mut *w, &record);
            let _ = w.write_all(b"\n");
        }
    }
}

fn fatal(msg: impl std::fmt::Display) -> Exit {
    eprintln!("wortlaut: error: {msg}");
    Exit::Error
}

/// The done marker of a shard.
fn marker_path(dir: &Path, shard: Shard) -> PathBuf {
    dir.join(format!("shard-{}-of-{}.done", shard.index, shard.count))
}

/// Runs `wortlaut process`: messages and the summary go to stderr; returns the exit status.
pub fn process(config: &Config) -> Exit {
    let started = Instant::now();
    let shard_or_all = config.shard.unwrap_or(Shard { index: 1, count: 1 });
    if let Some(dir) = &config.done_dir {
        let marker = marker_path(dir, shard_or_all);
        if marker.exists() {
            if !config.quiet {
                eprintln!(
                    "wortlaut: shard {shard_or_all} is done already ({}), nothing to do",
                    marker.display()
                );
            }
            return Exit::Clean;
        }
        if let Err(e) = std::fs::create_dir_all(dir) {
            return fatal(format_args!("--done-dir {}: {e}", dir.display()));
        }
    }
    let threads = match config.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let mut sources = match input::expand(&config.inputs) {
        Ok(s) => s,
        Err(e) => return fatal(e),
    };
    let stdin = sources.iter().any(|s| s.kind == SourceKind::Stdin);
    if let Some(shard) = config.shard {
        if stdin {
            return fatal("--shard needs files or directories, not stdin");
        }
        sources = shard.select(sources);
    }
    if sources
        .iter()
        .filter(|s| s.kind == SourceKind::Stdin)
        .count()
        > 1
    {
        return fatal("stdin (`-`) can be read only once");
    }
    if stdin && !config.quiet && io::stdin().is_terminal() {
        eprintln!("wortlaut: reading documents from the terminal (end with Ctrl-D; or give paths)");
    }

    // The reader starts before the models are built: it fills the queue while the build
    // runs (on one core for the most part), so the workers find blocks waiting when it is
    // done. A configuration error found by the build ends the run before any document is
    // worked on or any output is created; dropping the queue then stops the reader.
    let raw_bytes = Arc::new(AtomicU64::new(0));
    let (block_tx, block_rx) = {
        let (capacity, low) = queue_capacity(threads);
        input::block_queue(capacity, low)
    };
    let read_options = input::ReadOptions {
        raw_bytes: raw_bytes.clone(),
        limits: input::BlockLimits {
            items: config.batch.docs,
            bytes: config.batch.bytes,
        },
    };
    let input_ids: std::collections::HashSet<(u64, u64)> =
        sources.iter().filter_map(|s| s.file_id).collect();
    let total_size: Option<u64> = sources.iter().map(|s| s.size).sum();
    let reader = match std::thread::Builder::new()
        .name("wortlaut-reader".into())
        .spawn(move || input::read_all(sources, read_options, block_tx))
    {
        Ok(r) => r,
        Err(e) => return fatal(format_args!("cannot start threads: {e}")),
    };
    let pool = || {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("wortlaut-worker-{i}"))
            .build()
            .map_err(|e| format!("cannot start {threads} threads: {e}"))
    };
    // With several workers the models are built on their pool: the gazetteer build runs its
    // independent parts side by side there (`rayon::join`), so start-up, serial work at any
    // thread count, takes less of the run (3-document runs at `-j2`: p10 36.5 -> 33.3 ms). A
    // pool of one thread would run them one after the other anyway: there the models are
    // built on this thread first, as before (on the pool's thread the build cost 1.5 ms
    // more, in a fresh malloc arena, and an idle pool made beside the build spins a while).
    let (workers, built) = if threads > 1 {
        let workers = match pool() {
            Ok(p) => p,
            Err(e) => return fatal(e),
        };
        let built = workers.install(|| build_models(config));
        (workers, built)
    } else {
        let built = build_models(config);
        match pool() {
            Ok(p) => (p, built),
            Err(e) => return fatal(e),
        }
    };
    let models = match built {
        Ok(m) => m,
        Err(e) => return fatal(e),
    };
    // Outputs: temporary files first, renamed at the end.
    let json_target = config.output.as_deref().map(Target::new);
    let (json_sink, sync_file) = match &json_target {
        Some(t) => match Sink::create(&t.tmp, &t.path, t.in_place) {
            Ok((sink, file)) => (sink, Some(file)),
            Err(e) => return fatal(format_args!("{}: {e}", t.tmp.display())),
        },
        None => (
            Sink::Stdout(BufWriter::with_capacity(PLAIN_BUFFER, io::stdout())),
            None,
        ),
    };
    let csv_target = config.quotes_csv.as_deref().map(Target::new);
    let csv_sink = match &csv_target {
        Some(t) => match Sink::create(&t.tmp, &t.path, t.in_place) {
            Ok((mut s, _)) => match s.write_all(&config.csv_style.preamble()) {
                Ok(()) => Some(s),
                Err(e) => return fatal(format_args!("{}: {e}", t.tmp.display())),
            },
            Err(e) => return fatal(format_args!("{}: {e}", t.tmp.display())),
        },
        None => None,
    };
    let errors = match &config.errors {
        Some(path) => match File::create(path) {
            Ok(f) => Some(BufWriter::new(f)),
            Err(e) => return fatal(format_args!("--errors {}: {e}", path.display())),
        },
        None => None,
    };

    let progress = config.progress.then(|| progress_bar(total_size));
    let mut reporter = Reporter {
        quiet: config.quiet,
        shown: 0,
        errors,
        progress: progress.clone(),
    };

    // The run goes ahead: a previous output at the destination is removed now, on a
    // thread of its own, rather than replaced by the final rename (see `remove_old`).
    let removing = remove_old(json_target.iter().chain(csv_target.iter()), &input_ids);

    let renderer = Renderer {
        gazetteer: &models.gazetteer,
        options: config.options,
        csv: config.quotes_csv.as_ref().map(|_| config.csv_style),
    };
    let mut summary = Summary::default();
    let mut interrupted = false;
    let mut output_closed = false;
    let mut write_error = None;
    let mut writer = Writer::new(json_sink, csv_sink, sync_file);
    let pool = BufferPool::default();
    // The workers take numbered blocks from the reader's queue themselves; this thread puts
    // the finished parts back in input order, counts and reports them and writes them. At
    // most `in_flight_limit` blocks are taken and not yet written, so memory stays bounded
    // even when one block (a huge document) takes long while the others go on.
    let feed = Feed {
        room: block_rx.waker(),
        queue: Mutex::new((block_rx, 0)),
        permits: Permits::new(in_flight_limit(threads)),
        stop: AtomicBool::new(false),
    };
    // Only the summary names entities and speakers, and a quiet run prints none.
    let keys = !config.quiet;
    let done = Done::new(threads);
    workers.in_place_scope(|scope| {
        for _ in 0..threads {
            let (models, renderer, fields) = (&models, &renderer, &config.fields);
            let (pool, feed, done) = (&pool, &feed, &done);
            scope.spawn(move |_| worker(models, renderer, fields, pool, feed, keys, done));
        }
        let mut ready = Vec::new();
        loop {
            if !interrupted && config.interrupt.load(Ordering::SeqCst) {
                interrupted = true;
                feed.stop.store(true, Ordering::SeqCst);
            }
            let last = match done.take(&mut ready, POLL) {
                Taken::Parts(last) => last,
                Taken::Timeout => {
                    if let Err(e) = writer.idle() {
                        write_error = Some(e);
                        output_closed = true;
                        feed.stop.store(true, Ordering::SeqCst);
                    }
                    continue;
                }
            };
            let written = ready.len();
            for part in ready.drain(..) {
                if !output_closed {
                    for e in &part.events {
                        reporter.report(&e.source, e.line, e.action, &e.reason);
                    }
                    summary.merge(part.tally);
                    if let Err(e) = writer.write(&part.json, &part.csv) {
                        // Nothing more will be written: the workers stop taking blocks.
                        write_error = Some(e);
                        output_closed = true;
                        feed.stop.store(true, Ordering::SeqCst);
                    }
                }
                pool.give(part.json);
                pool.give(part.csv);
            }
            feed.permits.release(written);
            if let Some(bar) = &progress {
                bar.set_position(raw_bytes.load(Ordering::Relaxed));
                bar.set_message(format!("{} docs", summary.written));
            }
            if last {
                break;
            }
        }
    });
    take_keys(&workers, &mut summary);
    // Closing the queue stops the reader (its next send fails).
    drop(feed);
    let written = match write_error {
        Some(e) => Err(e),
        None => writer.finish(),
    };
    // The reader may be blocked on stdin; it is not waited for after an interruption. A
    // reader that died would look like the end of the input: that must not pass as success.
    let reader_failed = !interrupted && !output_closed && reader.join().is_err();
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    summary.wall = started.elapsed();
    if let Some(mut w) = reporter.errors.take() {
        if let Err(e) = w.flush() {
            eprintln!("wortlaut: --errors file: {e}");
        }
    }

    if let Err(e) = written {
        if e.kind() == io::ErrorKind::BrokenPipe {
            // The reader of our output is gone (`| head`): not an error.
            return Exit::Clean;
        }
        for t in json_target.iter().chain(csv_target.iter()) {
            if !t.in_place {
                let _ = std::fs::remove_file(&t.tmp);
            }
        }
        return fatal(format_args!("writing output: {e}"));
    }

    if reader_failed {
        for t in json_target.iter().chain(csv_target.iter()) {
            if !t.in_place {
                let _ = std::fs::remove_file(&t.tmp);
            }
        }
        return fatal("the input reader failed; the output is incomplete and was removed");
    }

    // The rename must not race the removal: it would remove the new output.
    for handle in removing {
        let _ = handle.join();
    }
    let mut notes = String::new();
    for t in json_target.iter().chain(csv_target.iter()) {
        if t.in_place {
            continue;
        }
        let dest = if interrupted {
            with_suffix(&t.path, ".partial")
        } else {
            t.path.clone()
        };
        if let Err(e) = std::fs::rename(&t.tmp, &dest) {
            return fatal(format_args!(
                "renaming {} to {}: {e}",
                t.tmp.display(),
                dest.display()
            ));
        }
        if interrupted {
            let _ = writeln!(
                notes,
                "wortlaut: what was done is in {} ({} not created)",
                dest.display(),
                t.path.display()
            );
        }
    }
    if !interrupted {
        if let Some(dir) = &config.done_dir {
            let marker = marker_path(dir, shard_or_all);
            let body = serde_json::json!({
                "shard": shard_or_all.to_string(),
                "output": config.output.as_ref().map(|p| p.display().to_string()),
                "documents_read": summary.read,
                "documents_written": summary.written,
                "documents_skipped": summary.skipped,
                "documents_repaired": summary.repaired,
            });
            if let Err(e) = std::fs::write(&marker, format!("{body}\n")) {
                return fatal(format_args!("{}: {e}", marker.display()));
            }
        }
    }

    if config.quiet {
        if summary.skipped > 0 || summary.repaired > 0 {
            eprintln!(
                "wortlaut: {} documents skipped, {} repaired ({} read, {} written)",
                summary.skipped, summary.repaired, summary.read, summary.written
            );
        }
    } else {
        if interrupted {
            eprintln!(
                "wortlaut: interrupted: stopped after the current batch, {} documents written",
                summary.written
            );
            eprint!("{notes}");
        }
        for line in summary.display(Some(&models.gazetteer)).to_string().lines() {
            eprintln!("wortlaut: {line}");
        }
    }
    if interrupted {
        Exit::Interrupted
    } else if summary.skipped > 0 {
        Exit::Skipped
    } else {
        Exit::Clean
    }
}

fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    let bar = match total {
        Some(total) => indicatif::ProgressBar::new(total),
        None => indicatif::ProgressBar::new_spinner(),
    };
    let template = match total {
        Some(_) => "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
        None => "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} {msg}",
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    bar.enable_steady_tick(Duration::from_millis(250));
    bar
}

/// True when a progress bar makes sense: stderr is a terminal.
pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lost_block_counts_every_item_as_skipped() {
        let source: Arc<str> = Arc::from("f.jsonl");
        let doc = |line| {
            Item::Doc(input::Record {
                source: source.clone(),
                line,
                format: input::Format::Json,
                range: 0..0,
                repaired: false,
                input_len: 0,
            })
        };
        let problem = Item::Problem(input::Problem {
            source: source.clone(),
            line: None,
            reason: "cannot read".into(),
            skipped: 1,
        });
        let block = Block {
            text: String::new(),
            items: vec![doc(3), problem, doc(4)],
        };
        let part = lost_part(&block, "boom");
        assert_eq!((part.tally.read, part.tally.skipped), (3, 3));
        let reasons: Vec<_> = part
            .events
            .iter()
            .map(|e| (e.line, e.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            [
                (Some(3), "internal error: boom"),
                (None, "cannot read"),
                (Some(4), "internal error: boom")
            ]
        );
        assert!(part.json.is_empty());
    }

    #[test]
    fn done_parts_come_out_in_order_once_ready_and_at_the_end() {
        let part = |n: u64| Part {
            json: n.to_string().into_bytes(),
            csv: Vec::new(),
            tally: Summary::default(),
            events: Vec::new(),
        };
        let wait = Duration::from_millis(1);
        let done = Done::new(2);
        let mut out = Vec::new();
        let taken = |out: &mut Vec<Part>| -> Vec<String> {
            out.drain(..)
                .map(|p| String::from_utf8(p.json).unwrap())
                .collect()
        };
        // Part 0 is missing: nothing is ready however much comes after it.
        for seq in (1..=WAKE_READY as u64).rev() {
            done.deliver(seq, part(seq));
        }
        assert_eq!(done.take(&mut out, wait), Taken::Timeout);
        assert!(out.is_empty());
        done.deliver(0, part(0));
        assert_eq!(done.take(&mut out, wait), Taken::Parts(false));
        let expected: Vec<String> = (0..=WAKE_READY as u64).map(|n| n.to_string()).collect();
        assert_eq!(taken(&mut out), expected);
        // A gap again; the workers end; what is ready comes out marked as the last.
        let next = WAKE_READY as u64 + 1;
        done.deliver(next + 1, part(next + 1));
        drop(Running(&done));
        assert_eq!(done.take(&mut out, wait), Taken::Timeout);
        done.deliver(next, part(next));
        drop(Running(&done));
        assert_eq!(done.take(&mut out, wait), Taken::Parts(true));
        assert_eq!(taken(&mut out), [next.to_string(), (next + 1).to_string()]);
        assert_eq!(done.take(&mut out, wait), Taken::Parts(true));
        assert!(out.is_empty());
    }

    #[test]
    fn a_worker_waiting_for_a_permit_gets_the_main_thread_woken() {
        let done = Done::new(1);
        let mut out = Vec::new();
        std::thread::scope(|scope| {
            // The main thread waits (far longer than the test) for ready parts.
            let main = scope.spawn(|| done.take(&mut out, Duration::from_secs(600)));
            while !done.state.lock().unwrap().waiting {
                std::thread::yield_now();
            }
            let part = Part {
                json: b"0".to_vec(),
                csv: Vec::new(),
                tally: Summary::default(),
                events: Vec::new(),
            };
            // One ready part alone does not wake it (waking clears `waiting`) ...
            done.deliver(0, part);
            assert!(done.state.lock().unwrap().waiting);
            // ... but a worker that waits for a permit does.
            done.starving(1);
            assert_eq!(main.join().unwrap(), Taken::Parts(false));
        });
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn an_earlier_output_is_removed_unless_it_is_an_input() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        std::fs::write(&path, "earlier\n").unwrap();
        let target = Target::new(&path);
        let id = input::file_id(&std::fs::metadata(&path).unwrap());
        let inputs: std::collections::HashSet<_> = id.into_iter().collect();
        assert!(remove_old([&target].into_iter(), &inputs).is_empty());
        assert!(path.exists());
        for handle in remove_old([&target].into_iter(), &Default::default()) {
            handle.join().unwrap();
        }
        // Where device and inode cannot be told, nothing is removed.
        assert_eq!(path.exists(), id.is_none());
        // Nothing to remove: no thread.
        assert!(remove_old(
            [&Target::new(&dir.path().join("new.jsonl"))].into_iter(),
            &Default::default()
        )
        .is_empty());
    }

    #[test]
    fn the_pool_reuses_buffers_up_to_its_limit() {
        let pool = BufferPool::default();
        let mut buf = pool.take();
        assert_eq!(buf.capacity(), 0);
        buf.extend_from_slice(b"line\n");
        let capacity = buf.capacity();
        pool.give(buf);
        let again = pool.take();
        assert!(again.is_empty() && again.capacity() == capacity);
        // Too large to keep: freed, and the pool stays empty.
        pool.give(Vec::with_capacity(POOL_MAX_BYTES + 1));
        assert_eq!(pool.take().capacity(), 0);
    }

    #[test]
    fn annotate_to_json_writes_one_line() {
        let models = Models::new(GazetteerBuilder::new().build().unwrap());
        let mut out = Vec::new();
        let counts = annotate_to_json(
            &models,
            r#"{"id":"a","date":"2025-12-02","text":"Hallo Welt. Grüße!"}"#.as_bytes(),
            &mut out,
        )
        .unwrap();
        assert!(counts.tokens > 0);
        let line = String::from_utf8(out).unwrap();
        assert!(line.ends_with("}\n") && line.matches('\n').count() == 1);
        assert!(line.starts_with(r#"{"id":"a","date":"2025-12-02","text":"Hallo Welt. Grüße!","offset_unit":"char","sentences":["#));
        assert!(annotate_to_json(&models, b"{", &mut Vec::new()).is_err());
    }
}
