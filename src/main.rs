//! The `wortlaut` command line: parse arguments, run the driver, map results to exit codes.
//!
//! Kept thin on purpose: flags become a [`wortlaut::run::Config`], everything else lives in
//! the library where tests and benches reach it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use wortlaut::doc::Fields;
use wortlaut::input::Shard;
use wortlaut::output::{CsvStyle, OffsetUnit, OutputOptions};
use wortlaut::run::{self, Config, Exit};

/// German news at corpus scale: tokens, sentences, entities and quotes.
#[derive(Parser)]
#[command(name = "wortlaut", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate documents and write one JSON line per document (see docs/output.md).
    ///
    /// Exit codes: 0 every document written (repaired ones included), 1 finished but some
    /// documents skipped, 2 usage or configuration error, 130 interrupted (Ctrl-C, SIGTERM).
    Process(Box<ProcessArgs>),
    /// Summarise `wortlaut process` output files (plain, .gz or .zst).
    Stats {
        /// Output files of `wortlaut process`.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Offsets {
    /// Unicode code points, like Python `str` indices.
    Char,
    /// UTF-8 bytes.
    Byte,
}

#[derive(clap::Args)]
struct ProcessArgs {
    /// Files or directories (read recursively, in path order); `-` or nothing reads stdin.
    /// gzip and zstd are detected by magic bytes.
    paths: Vec<PathBuf>,
    /// Output file (default stdout, also `-`); `.gz` / `.zst` compress.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Unit of `start`/`end` offsets.
    #[arg(long, value_enum, default_value = "char")]
    offsets: Offsets,
    /// Also write every token.
    #[arg(long)]
    tokens: bool,
    /// No progress bar and no summary; one line on stderr when documents were skipped or
    /// repaired.
    #[arg(short, long)]
    quiet: bool,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long = "threads", value_name = "N")]
    threads: Option<usize>,
    /// JSON field holding the text.
    #[arg(long, value_name = "F", default_value = "text")]
    text_field: String,
    /// JSON field holding the id (missing ids become FILE:LINE).
    #[arg(long, value_name = "F", default_value = "id")]
    id_field: String,
    /// Leave out the text and passed-through fields (only `id` and annotations).
    #[arg(long)]
    annotations_only: bool,
    /// Also write one CSV row per quote to FILE.
    #[arg(long, value_name = "FILE")]
    quotes_csv: Option<PathBuf>,
    /// Quotes CSV for German Excel: UTF-8 BOM and `;` separators.
    #[arg(long, requires = "quotes_csv")]
    csv_excel: bool,
    /// Extra entity list (TSV, see the gazetteer crate); may be repeated.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// Do not use the embedded entity lists.
    #[arg(long)]
    no_default_gazetteer: bool,
    /// Process only the K-th of N shards of the input files (1-based, as Slurm array ids).
    #[arg(long, value_name = "K/N")]
    shard: Option<Shard>,
    /// Write a marker per finished shard here; a rerun skips finished shards.
    #[arg(long, value_name = "DIR")]
    done_dir: Option<PathBuf>,
    /// Write one JSON line per skipped or repaired document (source, line, reason).
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Documents per batch (tuning and tests; output never depends on it).
    #[arg(long, hide = true, value_name = "N")]
    batch_docs: Option<usize>,
}

impl ProcessArgs {
    fn into_config(self, interrupt: Arc<AtomicBool>) -> Config {
        Config {
            inputs: self.paths,
            // (`-o -` is stdout, as for the inputs, not a file named `-`.)
            output: self.output.filter(|p| p.as_os_str() != "-"),
            options: OutputOptions {
                offsets: match self.offsets {
                    Offsets::Char => OffsetUnit::Char,
                    Offsets::Byte => OffsetUnit::Byte,
                },
                tokens: self.tokens,
                annotations_only: self.annotations_only,
            },
            fields: Fields {
                text: self.text_field,
                id: self.id_field,
            },
            quiet: self.quiet,
            threads: self.threads.unwrap_or(0),
            quotes_csv: self.quotes_csv,
            csv_style: if self.csv_excel {
                CsvStyle::Excel
            } else {
                CsvStyle::Rfc4180
            },
            gazetteers: self.gazetteer,
            no_default_gazetteer: self.no_default_gazetteer,
            shard: self.shard,
            done_dir: self.done_dir,
            errors: self.errors,
            progress: !self.quiet && run::stderr_is_terminal(),
            interrupt,
            batch: match self.batch_docs {
                Some(docs) => run::BatchLimits {
                    docs: docs.max(1),
                    ..run::BatchLimits::default()
                },
                None => run::BatchLimits::default(),
            },
        }
    }
}

fn main() {
    // clap exits with 2 on usage errors and 0 for --help/--version.
    let cli = Cli::parse();
    let exit = match cli.command {
        Command::Process(args) => {
            let interrupt = Arc::new(AtomicBool::new(false));
            let flag = interrupt.clone();
            // First Ctrl-C (or SIGTERM): finish the current batch and stop; a second one stops
            // at once.
            let handler = ctrlc::set_handler(move || {
                if flag.swap(true, Ordering::SeqCst) {
                    std::process::exit(Exit::Interrupted.code());
                }
                eprintln!(
                    "wortlaut: interrupted, finishing the current batch (Ctrl-C again to stop now)"
                );
            });
            if let Err(e) = handler {
                eprintln!("wortlaut: warning: cannot handle Ctrl-C: {e}");
            }
            run::process(&args.into_config(interrupt))
        }
        Command::Stats { files } => match wortlaut::stats::stats_files(&files) {
            Ok(summary) => {
                for line in summary.display(None).to_string().lines() {
                    println!("{line}");
                }
                if summary.skipped > 0 {
                    Exit::Skipped
                } else {
                    Exit::Clean
                }
            }
            Err(e) => {
                eprintln!("wortlaut: error: {e}");
                Exit::Error
            }
        },
    };
    std::process::exit(exit.code());
}
