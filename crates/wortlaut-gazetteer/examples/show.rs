//! `cargo run --example show -- FILE`: prints the mentions the default gazetteer finds.

use wortlaut_gazetteer::{EntityRef, Gazetteer};

fn main() -> std::io::Result<()> {
    let g = Gazetteer::default_german();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let m = g.find(&text);
        for x in &m.mentions {
            let e = match x.entity {
                EntityRef::Known(i) => g.entity(i),
                EntityRef::Local(i) => &m.local[i as usize],
            };
            let role = x.role.map(|(s, e)| &text[s..e]).unwrap_or("");
            println!(
                "{}\t{}\t{}\t{}\t{:?}\trole={}",
                &text[x.start..x.end],
                x.label.as_str(),
                e.canonical,
                x.source.as_str(),
                e.attrs,
                role
            );
        }
    }
    Ok(())
}
