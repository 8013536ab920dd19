//! Scoring for `quotes` (placeholder: filled in by its issue).

/// Entry point of `wortlaut-eval quotes`.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    let _ = args;
    anyhow::bail!("not implemented yet")
}
