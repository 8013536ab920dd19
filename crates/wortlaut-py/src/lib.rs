//! Python bindings of wortlaut (placeholder: filled in by issue 8).
