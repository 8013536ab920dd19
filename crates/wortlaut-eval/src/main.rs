//! `wortlaut-eval <tokenize|ner|quotes> [ARGS]`: run wortlaut on gold data and print scores.
//! Called by `cargo xtask eval`; each evaluation parses its own arguments.

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    match args.first().map(String::as_str) {
        Some("tokenize") => wortlaut_eval::tokenize::main(rest),
        Some("ner") => wortlaut_eval::ner::main(rest),
        Some("quotes") => wortlaut_eval::quotes::main(rest),
        Some(other) => anyhow::bail!("unknown evaluation {other:?}"),
        None => anyhow::bail!("usage: wortlaut-eval <tokenize|ner|quotes> [ARGS]"),
    }
}
