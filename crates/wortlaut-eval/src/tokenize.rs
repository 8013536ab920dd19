//! Scoring for `tokenize` (placeholder: filled in by its issue).

/// Entry point of `wortlaut-eval tokenize`.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    let _ = args;
    anyhow::bail!("not implemented yet")
}
