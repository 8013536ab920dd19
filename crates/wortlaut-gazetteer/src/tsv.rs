//! Reading entity lists: UTF-8 TSV with a header line naming the columns.
//!
//! `name`, `label`, `canonical` are required; `id` and `attrs` (`party=SPD;gender=f`) are
//! optional; other columns (`source`) are ignored; lines starting with `#` and empty lines
//! are skipped. Every error names `origin:line`.

use crate::{BuildError, Label};

/// One row of an entity list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub name: String,
    pub label: Label,
    pub canonical: String,
    pub id: Option<String>,
    pub attrs: Vec<(String, String)>,
}

/// Column positions found in the header.
struct Columns {
    count: usize,
    name: usize,
    label: usize,
    canonical: usize,
    id: Option<usize>,
    attrs: Option<usize>,
}

pub(crate) fn err(origin: &str, line: usize, msg: impl std::fmt::Display) -> BuildError {
    BuildError {
        msg: format!("{origin}:{line}: {msg}"),
    }
}

/// Parses a label name as lists write it (`PER`, `LOC`, `ORG`).
pub(crate) fn parse_label(s: &str) -> Option<Label> {
    match s {
        "PER" => Some(Label::Per),
        "LOC" => Some(Label::Loc),
        "ORG" => Some(Label::Org),
        _ => None,
    }
}

/// Parses `bytes` into rows, pushing them onto `out`.
pub(crate) fn parse(origin: &str, bytes: &[u8], out: &mut Vec<Row>) -> Result<(), BuildError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        err(origin, line, "invalid UTF-8")
    })?;
    let mut cols: Option<Columns> = None;
    // One buffer for the fields of all lines: a vector a line cost 3 % of the default
    // build's instructions (callgrind).
    let mut fields: Vec<&str> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        fields.clear();
        fields.extend(line.split('\t'));
        let Some(c) = &cols else {
            cols = Some(header(origin, line_no, &fields)?);
            continue;
        };
        if fields.len() != c.count {
            return Err(err(
                origin,
                line_no,
                format_args!("expected {} columns, found {}", c.count, fields.len()),
            ));
        }
        let name = fields[c.name].trim();
        if name.is_empty() {
            return Err(err(origin, line_no, "empty name"));
        }
        let label_s = fields[c.label].trim();
        let label = parse_label(label_s).ok_or_else(|| {
            err(
                origin,
                line_no,
                format_args!("unknown label {label_s:?} (PER, LOC or ORG)"),
            )
        })?;
        let canonical = match fields[c.canonical].trim() {
            "" => name,
            s => s,
        };
        let id =
            c.id.map(|i| fields[i].trim())
                .filter(|s| !s.is_empty())
                .map(str::to_owned);
        let attrs = match c.attrs {
            Some(i) => parse_attrs(origin, line_no, fields[i])?,
            None => Vec::new(),
        };
        out.push(Row {
            name: name.to_owned(),
            label,
            canonical: canonical.to_owned(),
            id,
            attrs,
        });
    }
    if cols.is_none() {
        return Err(err(origin, 1, "no header line (name, label, canonical)"));
    }
    Ok(())
}

fn header(origin: &str, line: usize, fields: &[&str]) -> Result<Columns, BuildError> {
    let find = |want: &str| fields.iter().position(|f| f.trim() == want);
    let need = |want: &str| {
        find(want).ok_or_else(|| {
            err(
                origin,
                line,
                format_args!("header lacks the {want:?} column (need name, label, canonical)"),
            )
        })
    };
    Ok(Columns {
        count: fields.len(),
        name: need("name")?,
        label: need("label")?,
        canonical: need("canonical")?,
        id: find("id"),
        attrs: find("attrs"),
    })
}

/// `party=SPD;gender=f` → pairs, in order.
fn parse_attrs(origin: &str, line: usize, s: &str) -> Result<Vec<(String, String)>, BuildError> {
    let mut out = Vec::new();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((k, v)) = part.split_once('=') else {
            return Err(err(
                origin,
                line,
                format_args!("attribute {part:?} is not key=value"),
            ));
        };
        let k = k.trim();
        if k.is_empty() {
            return Err(err(origin, line, "attribute with an empty key"));
        }
        out.push((k.to_owned(), v.trim().to_owned()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Result<Vec<Row>, String> {
        let mut out = Vec::new();
        parse("list.tsv", text.as_bytes(), &mut out).map_err(|e| e.to_string())?;
        Ok(out)
    }

    #[test]
    fn columns_in_any_order_with_optional_and_ignored_ones() {
        let r = rows(
            "# comment\nsource\tcanonical\tname\tlabel\tattrs\tid\n\
             x\tOlaf Scholz\tScholz\tPER\tparty=SPD; gender=m\tQ61053\n",
        )
        .unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].name, "Scholz");
        assert_eq!(r[0].canonical, "Olaf Scholz");
        assert_eq!(r[0].id.as_deref(), Some("Q61053"));
        assert_eq!(
            r[0].attrs,
            vec![
                ("party".to_owned(), "SPD".to_owned()),
                ("gender".to_owned(), "m".to_owned())
            ]
        );
    }

    #[test]
    fn bad_lists_name_origin_and_line() {
        let cases: &[(&str, &str)] = &[
            (
                "name\tlabel\tcanonical\nA\tLOC\n",
                "list.tsv:2: expected 3 columns",
            ),
            (
                "name\tlabel\tcanonical\n\n \tLOC\tX\n",
                "list.tsv:3: empty name",
            ),
            (
                "name\tlabel\tcanonical\nA\tCITY\tA\n",
                "list.tsv:2: unknown label",
            ),
            (
                "name\tlabel\n",
                "list.tsv:1: header lacks the \"canonical\"",
            ),
            ("# only a comment\n", "list.tsv:1: no header"),
            (
                "name\tlabel\tcanonical\tattrs\nA\tPER\tA\tgender\n",
                "list.tsv:2: attribute",
            ),
        ];
        for (text, want) in cases {
            let got = rows(text).unwrap_err();
            assert!(got.starts_with(want), "{text:?}: {got}");
        }
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let mut out = Vec::new();
        let bytes = b"name\tlabel\tcanonical\nA\tLOC\tA\nB\xff\tLOC\tB\n";
        let e = parse("u.tsv", bytes, &mut out).unwrap_err().to_string();
        assert!(e.starts_with("u.tsv:3: invalid UTF-8"), "{e}");
    }
}
