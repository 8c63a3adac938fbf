//! Prints the claims of one text given as the first argument, a line each: a quick look
//! at what extraction reads, for a developer chasing one sentence.
//!
//! `cargo run --example probe_extract -- "Two people were killed and 11 wounded."`

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    for c in crosscheck::extract(&text) {
        let (lo, hi) = (c.value.low, c.value.high);
        println!(
            "{:?} [{lo:?}..{hi:?}] {} class={:?} pred={:?} role={} implicit={} cumulative={} past={} {}",
            c.text,
            c.subject.label,
            c.subject.class,
            c.subject.predicate,
            c.role.as_str(),
            c.implicit,
            c.context.cumulative,
            c.context.past,
            c.modality.as_str()
        );
    }
}
