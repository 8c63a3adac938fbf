//! Phase timings on standard error when `CROSSCHECK_TRACE` is set: where a big corpus's
//! time goes, without a profiler. Off otherwise (one environment look-up per phase timer).

use std::time::Instant;

/// A stopwatch that prints each phase it is told of, when tracing is on.
pub(crate) struct Trace {
    start: Option<Instant>,
    what: &'static str,
}

impl Trace {
    /// Starts timing `what` (`reconcile`, `group`) if `CROSSCHECK_TRACE` is set.
    pub fn start(what: &'static str) -> Trace {
        let on = std::env::var_os("CROSSCHECK_TRACE").is_some_and(|v| !v.is_empty());
        Trace {
            start: on.then(Instant::now),
            what,
        }
    }

    /// Prints the time since the start, ending the phase `phase`, and the memory in use
    /// now and at its peak (on Linux).
    pub fn phase(&self, phase: &str) {
        if let Some(t) = self.start {
            eprintln!(
                "crosscheck trace: {} {phase}: {:.3} s{}",
                self.what,
                t.elapsed().as_secs_f64(),
                memory().map_or(String::new(), |(now, peak)| format!(
                    ", {now} MB resident, {peak} MB peak"
                ))
            );
        }
    }
}

/// Resident memory now and at its peak so far, in MB, from `/proc/self/status`.
fn memory() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? / 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}
