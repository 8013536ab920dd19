//! Scoring for `ner` (placeholder: filled in by its issue).

/// Entry point of `wortlaut-eval ner`.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    let _ = args;
    anyhow::bail!("not implemented yet")
}
