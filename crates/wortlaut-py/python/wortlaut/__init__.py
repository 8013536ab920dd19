"""wortlaut: German news at corpus scale - tokens, sentences, entities and quotes.

The same pipeline as ``wortlaut process``, compiled into this package (``wortlaut._native``):

- :func:`annotate` returns, per text, the dict that ``json.loads`` makes of the line the CLI
  writes for the record ``{"id": id, "text": text}`` (docs/output.md);
- :func:`annotate_arrow` returns the same lines as an Arrow string column, for Spark
  ``mapInArrow``, Ray Data ``map_batches(batch_format="pyarrow")`` and similar engines.

Both release the GIL while the pipeline runs, so Python threads annotate in parallel. Models
are built once per process and per ``gazetteer`` list (the embedded lists are always
included, as in the CLI) and kept for later calls: a worker pays for a custom list once.

Bad input raises before anything runs, naming the index: ``TypeError`` for ``None`` or a
non-str item, ``ValueError`` for a str with lone surrogates (no UTF-8 form) or a null Arrow
element.
"""

from ._native import __version__, annotate
from ._native import annotate_buffers as _annotate_buffers

__all__ = ["annotate", "annotate_arrow", "__version__"]


def _string_column(pa, what, values):
    """A non-null Arrow string column as (length, offsets, data, start, wide) for Rust."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    elif not isinstance(values, pa.Array):
        values = pa.array(values)
    if pa.types.is_integer(values.type) and what == "ids":
        # Integer ids stand for themselves, as JSON number ids do in the CLI.
        values = values.cast(pa.string())
    if pa.types.is_string(values.type):
        wide = False
    elif pa.types.is_large_string(values.type):
        wide = True
    elif hasattr(pa.types, "is_string_view") and pa.types.is_string_view(values.type):
        values = values.cast(pa.large_string())
        wide = True
    else:
        raise TypeError(f"{what} must be an Arrow string array, not {values.type}")
    if values.null_count:
        first = values.is_null().to_pylist().index(True)
        raise ValueError(f"{what}[{first}] is null, expected a string")
    _, offsets, data = values.buffers()
    if offsets is None:
        # A zero-length array may come without buffers.
        offsets = pa.py_buffer(bytes(8 if wide else 4))
    data = b"" if data is None else data.to_pybytes()
    return values, (len(values), offsets.to_pybytes(), data, values.offset, wide)


def annotate_arrow(array, *, ids=None, offsets="char", tokens=False, gazetteer=None):
    """Annotates an Arrow column of texts; returns a ``pyarrow.RecordBatch``.

    ``array`` is a ``pyarrow`` string array (``string``, ``large_string`` or ``string_view``;
    a ``ChunkedArray`` is combined; a Python list is converted), or a ``RecordBatch``/``Table`` whose
    ``text`` column holds the texts and whose ``id`` column, when present, the ids. ``ids``
    overrides that column (strings or integers); without ids a document's id is its position.

    The result has two string columns: ``id`` and ``json``, the latter holding the CLI's
    JSON line (without its newline) for each text - the same object :func:`annotate`
    returns, left unparsed so that no Python object is made per document or token.
    ``offsets``, ``tokens`` and ``gazetteer`` are as in :func:`annotate`.
    """
    import pyarrow as pa

    if isinstance(array, (pa.RecordBatch, pa.Table)):
        names = array.schema.names
        if "text" not in names:
            raise ValueError(f"the batch has no `text` column (columns: {names})")
        if ids is None and "id" in names:
            ids = array.column("id")
        array = array.column("text")
    _, (length, offs, data, start, wide) = _string_column(pa, "array", array)
    id_values = None
    id_buffers = None
    if ids is not None:
        id_values, id_column = _string_column(pa, "ids", ids)
        if id_column[0] != length:
            raise ValueError(f"ids has {id_column[0]} items but the array has {length}")
        id_buffers = id_column[1:]
    out_offsets, out_data = _annotate_buffers(
        length,
        offs,
        data,
        start,
        wide,
        id_buffers,
        offset_unit=offsets,
        tokens=tokens,
        gazetteer=gazetteer,
    )
    json_column = pa.Array.from_buffers(
        pa.string(), length, [None, pa.py_buffer(out_offsets), pa.py_buffer(out_data)]
    )
    if id_values is None:
        id_column = pa.array([str(i) for i in range(length)], pa.string())
    else:
        id_column = id_values.cast(pa.string())
    return pa.RecordBatch.from_arrays([id_column, json_column], names=["id", "json"])
