//! Python bindings of wortlaut: the native module `wortlaut._native` behind the `wortlaut`
//! Python package (`python/wortlaut/__init__.py`).
//!
//! A thin shell over the code path of `wortlaut process`: each text becomes a
//! [`wortlaut::doc::Doc`] (the shape the CLI builds from a `{"id", "text"}` record), runs
//! through [`wortlaut::pipeline::Models::annotate`] and is rendered by
//! [`wortlaut::output::Renderer`] into the very bytes the CLI writes. Python gets those bytes
//! parsed by `json.loads` (`annotate`) or as an Arrow string column (`annotate_buffers`,
//! wrapped by the package's `annotate_arrow`). Nothing here annotates or formats by itself.
//!
//! Python-facing rules:
//! - Texts are copied out of Python while the GIL is held (checking types and encodability,
//!   errors name the index); the pipeline then runs with the GIL released
//!   ([`Python::detach`]), so Python threads calling in parallel scale.
//! - Models are built once per process and per gazetteer path list, and cached
//!   (`models_for`): a Spark/Ray/Dask worker pays for a custom gazetteer once, not per batch.
//! - A panic inside a stage becomes a Python `RuntimeError` naming the document; the worker
//!   process survives.

#![deny(missing_docs)]

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use pyo3::exceptions::{PyFileNotFoundError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyBool, PyBytes, PyInt, PyList, PyString, PyTuple};
use wortlaut::doc::Doc;
use wortlaut::output::{OffsetUnit, OutputOptions, Renderer};
use wortlaut::pipeline::Models;
use wortlaut::run::{build_models, Config};

/// Models per gazetteer list (canonical paths; empty: the embedded lists only).
type Cache = HashMap<Vec<PathBuf>, Arc<Models>>;

static MODELS: Mutex<Option<Cache>> = Mutex::new(None);

/// How many times models were built in this process (for tests of the cache).
static BUILDS: AtomicUsize = AtomicUsize::new(0);

/// The models for `gazetteers`, built on first use and then shared by every call and thread.
///
/// Called without the GIL: a build holds the cache lock (so a list is read once even when
/// threads race), and no thread waits for the lock while holding the GIL.
fn models_for(gazetteers: &[PathBuf]) -> Result<Arc<Models>, String> {
    let mut cache = MODELS.lock().unwrap_or_else(PoisonError::into_inner);
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some(models) = cache.get(gazetteers) {
        return Ok(models.clone());
    }
    let config = Config {
        gazetteers: gazetteers.to_vec(),
        ..Config::default()
    };
    let models = Arc::new(build_models(&config)?);
    BUILDS.fetch_add(1, Ordering::Relaxed);
    cache.insert(gazetteers.to_vec(), models.clone());
    Ok(models)
}

/// The `gazetteer=` argument: `None`, one path (str or `os.PathLike`) or a list/tuple of them.
fn gazetteer_paths(gazetteer: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<PathBuf>> {
    let Some(g) = gazetteer else {
        return Ok(Vec::new());
    };
    if g.is_none() {
        return Ok(Vec::new());
    }
    let given: Vec<PathBuf> = if g.is_instance_of::<PyList>() || g.is_instance_of::<PyTuple>() {
        g.extract().map_err(|_| {
            PyTypeError::new_err(
                "gazetteer: expected a path or a list of paths (str or os.PathLike)",
            )
        })?
    } else {
        vec![g.extract().map_err(|_| {
            PyTypeError::new_err(
                "gazetteer: expected a path or a list of paths (str or os.PathLike)",
            )
        })?]
    };
    given
        .into_iter()
        .map(|p| {
            // The cache key: the same file under two spellings is one entry.
            std::fs::canonicalize(&p).map_err(|e| {
                PyFileNotFoundError::new_err(format!("gazetteer {}: {e}", p.display()))
            })
        })
        .collect()
}

/// The `offsets=` and `tokens=` arguments as the CLI's output options.
fn output_options(offsets: &str, tokens: bool) -> PyResult<OutputOptions> {
    let offsets = match offsets {
        "char" => OffsetUnit::Char,
        "byte" => OffsetUnit::Byte,
        other => {
            return Err(PyValueError::new_err(format!(
                "offsets must be \"char\" or \"byte\", not {other:?}"
            )))
        }
    };
    Ok(OutputOptions {
        offsets,
        tokens,
        annotations_only: false,
    })
}

/// The name of a Python object's type, for messages.
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// Copies one item of `what` (`texts` or `ids`) out of Python as UTF-8; errors name the index.
fn text_item(what: &str, index: usize, item: &Bound<'_, PyAny>) -> PyResult<PyBackedStr> {
    if item.is_none() {
        return Err(PyTypeError::new_err(format!(
            "{what}[{index}] is None, expected str"
        )));
    }
    if !item.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what}[{index}] is {}, expected str",
            type_name(item)
        )));
    }
    item.extract::<PyBackedStr>().map_err(|e| {
        // A lone surrogate (e.g. from `surrogateescape` decoding) has no UTF-8 form.
        let err = PyValueError::new_err(format!(
            "{what}[{index}] is not valid Unicode (it cannot be encoded as UTF-8): {e}"
        ));
        err.set_cause(item.py(), Some(e));
        err
    })
}

/// An id: a str, or an int that stands for itself (as a JSON number id does in the CLI).
fn id_item(index: usize, item: &Bound<'_, PyAny>) -> PyResult<String> {
    if item.is_instance_of::<PyInt>() && !item.is_instance_of::<PyBool>() {
        return Ok(item.str()?.to_string());
    }
    if item.is_none() || !item.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "ids[{index}] is {}, expected str or int",
            if item.is_none() {
                "None".to_string()
            } else {
                type_name(item)
            }
        )));
    }
    Ok(text_item("ids", index, item)?.to_string())
}

/// Collects `texts` (any iterable of str but a str itself) and their ids.
fn collect_inputs(
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
) -> PyResult<(Vec<PyBackedStr>, Vec<String>)> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "texts must be a list (or other iterable) of str, not a single str",
        ));
    }
    let mut owned = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        owned.push(text_item("texts", i, &item?)?);
    }
    let ids = match ids.filter(|ids| !ids.is_none()) {
        // Like the CLI's FILE:LINE fallback, a missing id is the document's position.
        None => (0..owned.len()).map(|i| i.to_string()).collect(),
        Some(ids) => {
            if ids.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err(
                    "ids must be a list (or other iterable) of str, not a single str",
                ));
            }
            let mut out = Vec::with_capacity(owned.len());
            for (i, item) in ids.try_iter()?.enumerate() {
                out.push(id_item(i, &item?)?);
            }
            if out.len() != owned.len() {
                return Err(PyValueError::new_err(format!(
                    "ids has {} items but texts has {}",
                    out.len(),
                    owned.len()
                )));
            }
            out
        }
    };
    Ok((owned, ids))
}

/// Appends the CLI's JSON line for one document (id + text) to `out`, with its `\n`:
/// `wortlaut process` on `{"id": id, "text": text}` writes exactly these bytes.
///
/// A panic in a stage leaves `out` as it was and returns its message.
fn render_line(
    models: &Models,
    options: OutputOptions,
    id: &str,
    text: &str,
    out: &mut Vec<u8>,
) -> Result<(), String> {
    let doc = Doc {
        id: Cow::Borrowed(id),
        fields: Vec::new(),
        date: None,
        text: Cow::Borrowed(text),
        body: 0,
    };
    let renderer = Renderer {
        gazetteer: &models.gazetteer,
        options,
        csv: None,
    };
    wortlaut::run::render_doc(models, &renderer, &doc, false, out, &mut Vec::new()).map(|_| ())
}

/// Why a batch failed, raised once the GIL is back.
enum BatchError {
    Models(String),
    Panic(usize, String),
    TooLarge,
}

impl BatchError {
    fn into_py(self, what: &str) -> PyErr {
        match self {
            BatchError::Models(e) => PyValueError::new_err(e),
            BatchError::Panic(i, msg) => PyRuntimeError::new_err(format!(
                "internal error while annotating {what}[{i}]: {msg}"
            )),
            BatchError::TooLarge => PyValueError::new_err(
                "the annotations of this batch exceed 2 GiB (an Arrow string column's limit): \
                 use smaller batches",
            ),
        }
    }
}

/// Annotates German news texts exactly like `wortlaut process` (see the package docs).
///
/// Returns one dict per text: the JSON object the CLI writes for `{"id": id, "text": text}`.
#[pyfunction]
#[pyo3(signature = (texts, *, ids=None, offsets="char", tokens=false, gazetteer=None))]
fn annotate<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    ids: Option<&Bound<'py, PyAny>>,
    offsets: &str,
    tokens: bool,
    gazetteer: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let options = output_options(offsets, tokens)?;
    let paths = gazetteer_paths(gazetteer)?;
    let (texts, ids) = collect_inputs(texts, ids)?;
    let models = py
        .detach(|| models_for(&paths))
        .map_err(|e| BatchError::Models(e).into_py("texts"))?;
    let loads = py.import("json")?.getattr("loads")?;
    let list = PyList::empty(py);
    // Chunks of the CLI's lines as JSON arrays, each parsed by one `json.loads`: the dicts
    // are the CLI's output by construction. The pipeline runs without the GIL, the parsing
    // needs it; alternating by chunks (not once per call) lets one thread parse while
    // another annotates, instead of both waiting for the GIL at the same time.
    let mut array = Vec::new();
    let mut next = 0;
    while next < texts.len() {
        let first = next;
        let mut bytes = 0;
        while next < texts.len() && (next == first || bytes < CHUNK_BYTES) {
            bytes += texts[next].len();
            next += 1;
        }
        array.clear();
        py.detach(|| -> Result<(), BatchError> {
            array.push(b'[');
            for i in first..next {
                if i > first {
                    array.push(b',');
                }
                render_line(&models, options, &ids[i], &texts[i], &mut array)
                    .map_err(|msg| BatchError::Panic(i, msg))?;
            }
            array.push(b']');
            Ok(())
        })
        .map_err(|e| e.into_py("texts"))?;
        let dicts = loads.call1((PyBytes::new(py, &array),))?;
        list.call_method1("extend", (dicts,))?;
    }
    Ok(list.into_any())
}

/// Text bytes per GIL-free stretch of `annotate` (a few milliseconds of work).
const CHUNK_BYTES: usize = 32 * 1024;

/// The Arrow layer of `annotate_arrow`: a string column's buffers in, a string column's
/// buffers out, no Python object per document or token.
///
/// `offsets` holds the column's `length + 1` offsets from element `start` on (little-endian
/// i64 when `wide`, else i32), `data` its character data; `ids` (same layout, or `None` for
/// positions) the ids. Returns `(offsets, data)` of a `pyarrow.string()` column holding the
/// CLI's JSON line (without `\n`) per text. Nulls are rejected by the Python wrapper.
#[pyfunction]
#[pyo3(signature = (length, offsets, data, start, wide, ids=None, *, offset_unit="char", tokens=false, gazetteer=None))]
#[allow(clippy::too_many_arguments)]
fn annotate_buffers<'py>(
    py: Python<'py>,
    length: usize,
    offsets: PyBackedBytes,
    data: PyBackedBytes,
    start: usize,
    wide: bool,
    ids: Option<(PyBackedBytes, PyBackedBytes, usize, bool)>,
    offset_unit: &str,
    tokens: bool,
    gazetteer: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyBytes>)> {
    let options = output_options(offset_unit, tokens)?;
    let paths = gazetteer_paths(gazetteer)?;
    let texts = StringColumn::new("array", length, &offsets, &data, start, wide)?;
    let id_column = match &ids {
        Some((o, d, s, w)) => Some(StringColumn::new("ids", length, o, d, *s, *w)?),
        None => None,
    };
    // Validate every element before the pipeline runs, with the GIL, for clear errors.
    for i in 0..length {
        texts.get(i)?;
        if let Some(ids) = &id_column {
            ids.get(i)?;
        }
    }
    let result = py.detach(|| -> Result<(Vec<u8>, Vec<u8>), BatchError> {
        let models = models_for(&paths).map_err(BatchError::Models)?;
        let mut out_offsets = Vec::with_capacity((length + 1) * 4);
        let mut out = Vec::with_capacity(data.len() * 3 + 256 * length);
        out_offsets.extend_from_slice(&0i32.to_le_bytes());
        let mut position = String::new();
        for i in 0..length {
            let text = texts.get(i).unwrap_or_default();
            let id = match &id_column {
                Some(ids) => ids.get(i).unwrap_or_default(),
                None => {
                    position.clear();
                    position.push_str(&i.to_string());
                    &position
                }
            };
            render_line(&models, options, id, text, &mut out)
                .map_err(|msg| BatchError::Panic(i, msg))?;
            // The column holds the object, not the line's `\n`.
            if out.last() == Some(&b'\n') {
                out.pop();
            }
            let end = i32::try_from(out.len()).map_err(|_| BatchError::TooLarge)?;
            out_offsets.extend_from_slice(&end.to_le_bytes());
        }
        Ok((out_offsets, out))
    });
    let (out_offsets, out) = result.map_err(|e| e.into_py("array"))?;
    Ok((PyBytes::new(py, &out_offsets), PyBytes::new(py, &out)))
}

/// A borrowed Arrow string column (offsets + data buffers), checked on access.
struct StringColumn<'a> {
    what: &'a str,
    offsets: &'a [u8],
    data: &'a [u8],
    wide: bool,
}

impl<'a> StringColumn<'a> {
    fn new(
        what: &'a str,
        length: usize,
        offsets: &'a [u8],
        data: &'a [u8],
        start: usize,
        wide: bool,
    ) -> PyResult<Self> {
        let width = if wide { 8 } else { 4 };
        let needed = start
            .checked_add(length)
            .and_then(|n| n.checked_add(1))
            .and_then(|n| n.checked_mul(width));
        let from = start.checked_mul(width);
        match (from, needed) {
            (Some(from), Some(needed)) if needed <= offsets.len() => Ok(StringColumn {
                what,
                offsets: &offsets[from..needed],
                data,
                wide,
            }),
            _ => Err(PyValueError::new_err(format!(
                "{what}: the offsets buffer is too short for {length} strings"
            ))),
        }
    }

    fn offset(&self, i: usize) -> Option<usize> {
        if self.wide {
            let b = self.offsets.get(i * 8..i * 8 + 8)?;
            usize::try_from(i64::from_le_bytes(b.try_into().ok()?)).ok()
        } else {
            let b = self.offsets.get(i * 4..i * 4 + 4)?;
            usize::try_from(i32::from_le_bytes(b.try_into().ok()?)).ok()
        }
    }

    /// The `i`-th string; errors name the index.
    fn get(&self, i: usize) -> PyResult<&'a str> {
        let bytes = match (self.offset(i), self.offset(i + 1)) {
            (Some(s), Some(e)) => self.data.get(s..e),
            _ => None,
        };
        let bytes = bytes.ok_or_else(|| {
            PyValueError::new_err(format!("{}[{i}]: offsets out of bounds", self.what))
        })?;
        std::str::from_utf8(bytes).map_err(|e| {
            PyValueError::new_err(format!("{}[{i}] is not valid UTF-8: {e}", self.what))
        })
    }
}

/// How many times models were built in this process (`gazetteer=` cache tests).
#[pyfunction]
fn _models_built() -> usize {
    BUILDS.load(Ordering::Relaxed)
}

/// The native module `wortlaut._native`.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_buffers, m)?)?;
    m.add_function(wrap_pyfunction!(_models_built, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
