fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    for c in crosscheck::extract(&text) {
        println!(
            "{:?} {:?} {} pred={:?} role={:?} implicit={} {:?}",
            c.text, c.value, c.subject.label, c.subject.predicate, c.role, c.implicit, c.modality
        );
    }
}
