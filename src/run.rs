//! The corpus runner behind `wortlaut process`.
//!
//! Three kinds of threads: one reader (opens, decompresses and splits sources, see
//! [`crate::input`]), the rayon workers (parse, annotate and render one batch of documents at a
//! time, in parallel) and one writer (compresses and writes finished batches). The main thread
//! gathers batches from the reader's bounded channel, hands them to the pool, counts and
//! reports in input order, and passes the rendered lines on. Memory is bounded by the
//! channel's capacity plus a few batches per worker; output order never depends on the
//! thread count.
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
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use wortlaut_gazetteer::{Gazetteer, GazetteerBuilder};
use wortlaut_tokenize::Analysis;

use crate::direct::Direct;
use crate::doc::{self, Doc, DocError, Fields};
#[cfg(test)]
use crate::input::Record;
use crate::input::{self, Item, ItemReceiver, Shard, SourceKind};
use crate::output::{CsvStyle, DocCounts, OutputOptions, Renderer};
use crate::pipeline::Models;
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

/// Batch limits: a batch closes at whichever comes first.
#[derive(Debug, Clone, Copy)]
pub struct BatchLimits {
    /// Documents per batch.
    pub docs: usize,
    /// Input bytes per batch.
    pub bytes: usize,
}

impl Default for BatchLimits {
    fn default() -> Self {
        // A few tens of milliseconds of work on one core. Two batches are in flight, so the
        // workers never wait at a batch's end; small batches keep peak memory (input, output
        // buffers, the buffer pool) the same for a small corpus and a huge one.
        BatchLimits {
            docs: 128,
            bytes: 512 << 10,
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
    annotate_record(
        models,
        &renderer,
        &Fields::default(),
        place,
        line,
        true,
        out,
        &mut Vec::new(),
    )
    .map(|(counts, _)| counts)
}

/// Where a record comes from.
#[derive(Clone, Copy)]
struct Place<'a> {
    source: &'a str,
    line: u64,
    format: input::Format,
}

/// Parses, annotates and renders one record onto `json` and `csv`; returns its counts (with
/// entity and speaker keys if `keys`) and whether it was repaired. A panic in a stage costs
/// the document, not the run: it is caught and the document is skipped with the panic's
/// message.
#[allow(clippy::too_many_arguments)]
fn annotate_record(
    models: &Models,
    renderer: &Renderer<'_>,
    fields: &Fields,
    place: Place<'_>,
    bytes: &[u8],
    keys: bool,
    json: &mut Vec<u8>,
    csv: &mut Vec<u8>,
) -> Result<(DocCounts, bool), DocError> {
    let (text, repaired) = doc::decode(bytes);
    let doc = match place.format {
        input::Format::Json => {
            doc::json_doc(&text, fields, || format!("{}:{}", place.source, place.line))?
        }
        input::Format::Plain => doc::plain_doc(&text, place.source.to_string()),
    };
    match render_doc_with(models, renderer, &doc, repaired, keys, json, csv) {
        Ok(counts) => Ok((counts, repaired)),
        Err(msg) => Err(DocError::Json(format!(
            "internal error while annotating: {msg}"
        ))),
    }
}

/// Something to report about one document or source, in input order.
struct Event {
    source: Arc<str>,
    line: Option<u64>,
    action: &'static str,
    reason: String,
}

/// One worker's share of a batch: the rendered lines and quote rows of consecutive items,
/// their counts and what is to be reported about them. Lines go straight into one buffer
/// (from the [`BufferPool`]), so a document costs no allocation of its own and the writer
/// makes one system call per part.
struct Part {
    json: Vec<u8>,
    csv: Vec<u8>,
    tally: Summary,
    events: Vec<Event>,
}

/// Output buffers handed back by the writer once written, so that steady state reuses the
/// same memory instead of growing fresh buffers (and faulting in fresh pages) for every
/// batch. It keeps at most [`POOL_MAX_BYTES`] of buffers.
#[derive(Default)]
struct BufferPool(Mutex<Pooled>);

#[derive(Default)]
struct Pooled {
    buffers: Vec<Vec<u8>>,
    /// Their capacity in total.
    bytes: usize,
}

/// Capacity the pool keeps at most: about two batches' output (three times their input)
/// with room to spare; a huge document's buffer is freed rather than kept.
const POOL_MAX_BYTES: usize = 8 << 20;

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

/// Processes consecutive items into one [`Part`]. With `keys`, the entities and speakers
/// of the written documents are counted for the summary (in [`KEYS`]); a quiet run shows
/// no summary, and hashing every mention was about 1.5 % of a worker's time.
fn work_part(
    models: &Models,
    renderer: &Renderer<'_>,
    fields: &Fields,
    items: &[Item],
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
    let input: usize = items.iter().map(Item::weight).sum();
    part.json.reserve(input.saturating_mul(3));
    for item in items {
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
        tally.bytes += record.bytes.len() as u64 + 1;
        match annotate_record(
            models,
            renderer,
            fields,
            place,
            &record.bytes,
            keys,
            &mut part.json,
            &mut part.csv,
        ) {
            Ok((counts, repaired)) => {
                tally.written += 1;
                if repaired {
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
    /// The tokenizer's buffers of this thread's last document (taken while a document is
    /// worked on, so a panic in a stage merely loses them).
    static SCRATCH: Cell<Analysis> = Cell::new(Analysis::default());
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
    render_doc_with(models, renderer, doc, repaired, true, json, csv)
}

/// [`render_doc`], with the entity and speaker keys counted only if `keys`
/// ([`Renderer::render_with`]).
fn render_doc_with(
    models: &Models,
    renderer: &Renderer<'_>,
    doc: &Doc<'_>,
    repaired: bool,
    keys: bool,
    json: &mut Vec<u8>,
    csv: &mut Vec<u8>,
) -> Result<DocCounts, String> {
    let (json_len, csv_len) = (json.len(), csv.len());
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let body = doc.text.get(doc.body..).unwrap_or("");
        let annotations = models.annotate_reusing(body, SCRATCH.take());
        let counts = renderer.render_with(doc, &annotations, repaired, keys, json, csv);
        // A giant document's buffers are let go rather than kept for the next one.
        if annotations.analysis.tokens.capacity() <= SCRATCH_MAX_TOKENS {
            SCRATCH.set(annotations.analysis);
        }
        counts
    }));
    result.map_err(|panic| {
        json.truncate(json_len);
        csv.truncate(csv_len);
        panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default()
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
    /// file for [`writer_thread`]'s background writeback. A destination written in place
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

/// What the writer thread gets: one batch's rendered lines and quote rows, part by part.
type Chunk = Vec<(Vec<u8>, Vec<u8>)>;

/// What the main thread hears from the workers and the writer.
enum Progress {
    /// A batch was worked on: its sequence number and its parts.
    Done(u64, Vec<Part>),
    /// The writer has written one more batch.
    Written,
}

impl Progress {
    /// Files a finished batch, or counts a written one.
    fn note(self, finished: &mut BTreeMap<u64, Vec<Part>>, written: &mut u64) {
        match self {
            Progress::Done(seq, parts) => {
                finished.insert(seq, parts);
            }
            Progress::Written => *written += 1,
        }
    }
}

/// Batches in flight at most (see [`process`]): one per worker and two more, so that each
/// worker finds a batch queued while the main thread or the writer waits for a core or
/// for the file system. With only two in flight, two workers slept about a tenth of the
/// time writing to a file (not to /dev/null): the hand-over went through threads that
/// compete with them for the two cores. Two per worker and one more ran no faster at
/// `-j2` on 212 MB (2.73–2.85 s either way, alternating, quiet machine) but held 3 MB
/// more, which put `scripts/rss_check.sh` at 15–22 % (7.5–11 % with this limit).
fn in_flight_limit(threads: usize) -> u64 {
    threads as u64 + 2
}

/// How long the writer waits for the next chunk before it makes a direct sink's output so
/// far visible: far longer than a batch takes, so only a slow input stream gets there.
const IDLE_FLUSH: Duration = Duration::from_millis(200);

/// Output bytes after which the writer asks for the file's data to be written to disk.
const SYNC_EVERY: u64 = 32 << 20;

/// The writer thread: writes chunks until the channel closes, then finishes both sinks.
/// Written buffers go back to `pool`.
///
/// The output is synced before it is renamed into place; left to the end, that sync would
/// write the whole output (three times the input) while nothing else happens. So a helper
/// thread syncs `sync_file` (the JSON output's file) every [`SYNC_EVERY`] bytes in the
/// background, and the final sync has little left to do.
fn writer_thread(
    rx: Receiver<Chunk>,
    mut json: Sink,
    mut csv: Option<Sink>,
    pool: &BufferPool,
    sync_file: Option<File>,
    events: &Sender<Progress>,
) -> io::Result<()> {
    std::thread::scope(|scope| {
        let (sync_tx, sync_rx) = mpsc::sync_channel::<()>(1);
        if let Some(file) = sync_file {
            let spawned = std::thread::Builder::new()
                .name("wortlaut-sync".into())
                .spawn_scoped(scope, move || {
                    for () in sync_rx {
                        // A failure shows again in the final sync, which is checked.
                        let _ = file.sync_data();
                    }
                });
            // Without the helper, the final sync does it all.
            drop(spawned);
        }
        let mut unsynced = 0u64;
        loop {
            let chunk = match rx.recv_timeout(IDLE_FLUSH) {
                Ok(chunk) => chunk,
                Err(RecvTimeoutError::Timeout) => {
                    // A slow input stream: show what is done before waiting on.
                    json.flush_visible()?;
                    if let Some(csv) = csv.as_mut() {
                        csv.flush_visible()?;
                    }
                    match rx.recv() {
                        Ok(chunk) => chunk,
                        Err(_) => break,
                    }
                }
                Err(RecvTimeoutError::Disconnected) => break,
            };
            for (lines, rows) in chunk {
                json.write_all(&lines)?;
                if let Some(csv) = csv.as_mut() {
                    csv.write_all(&rows)?;
                }
                unsynced += lines.len() as u64;
                pool.give(lines);
                pool.give(rows);
            }
            json.flush_plain()?;
            if let Some(csv) = csv.as_mut() {
                csv.flush_plain()?;
            }
            // The main thread may be gone already (its loop ends before the last writes).
            let _ = events.send(Progress::Written);
            if unsynced >= SYNC_EVERY {
                // Busy with the previous request: the next chunk asks again.
                if sync_tx.try_send(()).is_ok() {
                    unsynced = 0;
                }
            }
        }
        drop(sync_tx);
        json.finish()?;
        if let Some(csv) = csv {
            csv.finish()?;
        }
        Ok(())
    })
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
    let models = match build_models(config) {
        Ok(m) => m,
        Err(e) => return fatal(e),
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
    let threads = match config.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let workers = match rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("wortlaut-worker-{i}"))
        .build()
    {
        Ok(p) => p,
        Err(e) => return fatal(format_args!("cannot start {threads} threads: {e}")),
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

    let total_size: Option<u64> = sources.iter().map(|s| s.size).sum();
    let progress = config.progress.then(|| progress_bar(total_size));
    let mut reporter = Reporter {
        quiet: config.quiet,
        shown: 0,
        errors,
        progress: progress.clone(),
    };

    let raw_bytes = Arc::new(AtomicU64::new(0));
    let (item_tx, item_rx) = input::item_queue(config.batch.docs);
    let read_options = input::ReadOptions {
        raw_bytes: raw_bytes.clone(),
    };
    let reader = std::thread::Builder::new()
        .name("wortlaut-reader".into())
        .spawn(move || input::read_all(sources, read_options, item_tx));
    let (chunk_tx, chunk_rx) = mpsc::channel::<Chunk>();
    let (event_tx, event_rx) = mpsc::channel::<Progress>();
    let pool = Arc::new(BufferPool::default());
    let writer_pool = pool.clone();
    let writer_events = event_tx.clone();
    let writer = std::thread::Builder::new()
        .name("wortlaut-writer".into())
        .spawn(move || {
            writer_thread(
                chunk_rx,
                json_sink,
                csv_sink,
                &writer_pool,
                sync_file,
                &writer_events,
            )
        });
    let (reader, writer) = match (reader, writer) {
        (Ok(r), Ok(w)) => (r, w),
        (Err(e), _) | (_, Err(e)) => return fatal(format_args!("cannot start threads: {e}")),
    };

    let renderer = Renderer {
        gazetteer: &models.gazetteer,
        options: config.options,
        csv: config.quotes_csv.as_ref().map(|_| config.csv_style),
    };
    let mut summary = Summary::default();
    let mut interrupted = false;
    let mut output_closed = false;
    // Up to `max_in_flight` batches between the reader and the disk: queued or worked on in
    // the pool, finished and waiting for their turn, or handed to the writer and not yet
    // written. The workers thus have batches queued while this thread or the writer waits
    // for a core or for the file system, and memory stays bounded by the limit. Finished
    // batches are numbered and put back in input order before they are written.
    let max_in_flight = in_flight_limit(threads);
    // Only the summary names entities and speakers, and a quiet run prints none.
    let keys = !config.quiet;
    workers.in_place_scope(|scope| {
        let mut next_seq = 0u64;
        let mut next_out = 0u64;
        let mut written = 0u64;
        let mut finished: BTreeMap<u64, Vec<Part>> = BTreeMap::new();
        let mut input_done = false;
        loop {
            while let Ok(event) = event_rx.try_recv() {
                event.note(&mut finished, &mut written);
            }
            // Count and hand over every finished batch whose turn it is (the channel to the
            // writer is unbounded: what it holds counts against `max_in_flight`).
            while let Some(parts) = finished.remove(&next_out) {
                next_out += 1;
                if output_closed {
                    continue;
                }
                let chunk = account(parts, &mut summary, &mut reporter);
                if chunk_tx.send(chunk).is_err() {
                    // The writer stopped: its error is collected below.
                    output_closed = true;
                }
                if let Some(bar) = &progress {
                    bar.set_position(raw_bytes.load(Ordering::Relaxed));
                    bar.set_message(format!("{} docs", summary.written));
                }
            }
            // The writer ends only after the loop, unless writing failed: then nothing more
            // will be written, and waiting for it would never end.
            if writer.is_finished() {
                output_closed = true;
            }
            if output_closed {
                written = next_out;
            }
            if config.interrupt.load(Ordering::SeqCst) {
                interrupted = true;
            }
            let pending = next_seq - next_out;
            let in_flight = next_seq - written;
            let stop = input_done || interrupted || output_closed;
            if stop && pending == 0 {
                break;
            }
            if !stop && in_flight < max_in_flight {
                // With work in flight, look back soon to write finished batches of a slow
                // stream; otherwise wake up only to notice Ctrl-C.
                let wait = Duration::from_millis(if in_flight > 0 { 5 } else { 100 });
                match poll_batch(&item_rx, config.batch, wait) {
                    Poll::Batch(batch) => {
                        let done = event_tx.clone();
                        let (models, renderer, fields) = (&models, &renderer, &config.fields);
                        let pool = &*pool;
                        let seq = next_seq;
                        scope.spawn(move |_| {
                            let parts: Vec<Part> = split_parts(&batch, threads)
                                .par_iter()
                                .map(|range| {
                                    let items = &batch[range.clone()];
                                    work_part(models, renderer, fields, items, pool, keys)
                                })
                                .collect();
                            // The receiver outlives the scope, so this cannot fail.
                            let _ = done.send(Progress::Done(seq, parts));
                        });
                        next_seq += 1;
                    }
                    Poll::Idle => {}
                    Poll::Closed => input_done = true,
                }
            } else if let Ok(event) = event_rx.recv_timeout(Duration::from_millis(100)) {
                // As many batches in flight as allowed (or stopping): wait for one to finish
                // or to be written.
                event.note(&mut finished, &mut written);
            }
        }
    });
    take_keys(&workers, &mut summary);
    // Closing the channels stops the reader (its next send fails) and lets the writer finish.
    drop(item_rx);
    drop(chunk_tx);
    let written = writer
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("writer thread panicked")));
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

/// Counts and reports one batch's parts in order; returns what the writer gets.
fn account(parts: Vec<Part>, summary: &mut Summary, reporter: &mut Reporter) -> Chunk {
    let mut chunk = Vec::with_capacity(parts.len());
    for part in parts {
        for e in &part.events {
            reporter.report(&e.source, e.line, e.action, &e.reason);
        }
        summary.merge(part.tally);
        chunk.push((part.json, part.csv));
    }
    chunk
}

/// Input bytes per part at most: enough documents that a part's buffer is written with one
/// large system call, few enough that a batch has many parts to share among the workers.
const PART_BYTES: usize = 256 << 10;

/// Parts per batch per worker at least, so that many threads all find work in the two
/// batches in flight and finish a batch at nearly the same time.
const PARTS_PER_THREAD: usize = 4;

/// Cuts a batch into consecutive ranges of items of about equal input size: at most
/// [`PART_BYTES`] each, and at least [`PARTS_PER_THREAD`] per worker when the batch has
/// the documents for it.
fn split_parts(batch: &[Item], threads: usize) -> Vec<std::ops::Range<usize>> {
    let total: usize = batch.iter().map(Item::weight).sum();
    let bytes = (total / (threads.max(1) * PARTS_PER_THREAD)).clamp(1, PART_BYTES);
    let mut parts = Vec::new();
    let (mut start, mut weight) = (0, 0);
    for (i, item) in batch.iter().enumerate() {
        weight += item.weight();
        if weight >= bytes {
            parts.push(start..i + 1);
            (start, weight) = (i + 1, 0);
        }
    }
    if start < batch.len() {
        parts.push(start..batch.len());
    }
    parts
}

/// What [`poll_batch`] found.
enum Poll {
    /// The next batch.
    Batch(Vec<Item>),
    /// Nothing arrived in time.
    Idle,
    /// The reader has finished.
    Closed,
}

/// Waits up to `wait` for the next item, then takes whatever else is ready, up to the limits.
fn poll_batch(rx: &ItemReceiver, limits: BatchLimits, wait: Duration) -> Poll {
    let first = match rx.recv_timeout(wait) {
        Ok(item) => item,
        Err(RecvTimeoutError::Timeout) => return Poll::Idle,
        Err(RecvTimeoutError::Disconnected) => return Poll::Closed,
    };
    let mut bytes = first.weight();
    let mut batch = vec![first];
    while batch.len() < limits.docs && bytes < limits.bytes {
        match rx.try_recv() {
            Ok(item) => {
                bytes += item.weight();
                batch.push(item);
            }
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
        }
    }
    Poll::Batch(batch)
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
    fn parts_cover_the_batch_in_order_and_scale_with_threads() {
        let doc = |n: usize| {
            Item::Doc(Record {
                source: Arc::from("t"),
                line: n as u64,
                format: input::Format::Json,
                bytes: vec![b' '; 999],
            })
        };
        // 1,000 documents of 1,000 bytes each (weight counts the newline): 1 MB, so one
        // thread gets four parts under PART_BYTES, 64 threads 250, and more threads than
        // documents one document per part.
        let batch: Vec<Item> = (0..1000).map(doc).collect();
        for threads in [1, 2, 64, 10_000] {
            let parts = split_parts(&batch, threads);
            let mut at = 0;
            for p in &parts {
                assert_eq!(p.start, at);
                assert!(p.end > p.start);
                at = p.end;
            }
            assert_eq!(at, batch.len());
        }
        assert_eq!(split_parts(&batch, 1).len(), 4);
        assert_eq!(split_parts(&batch, 64).len(), 250);
        assert_eq!(split_parts(&batch, 10_000).len(), 1000);
        assert!(split_parts(&[], 2).is_empty());
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
