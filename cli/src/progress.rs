//! A spinner on standard error while documents are read and reconciled, drawn only when
//! standard error is a terminal: pipes, files and CI logs get nothing.

use indicatif::{ProgressBar, ProgressStyle};
use std::time::Duration;

/// Counts documents as they are read; a no-op when hidden.
pub struct Progress(ProgressBar);

impl Progress {
    /// A spinner when `visible`, else a hidden bar that draws nothing.
    pub fn new(visible: bool) -> Progress {
        if !visible {
            return Progress(ProgressBar::hidden());
        }
        let bar = ProgressBar::new_spinner();
        // The template is a constant; the default style is fine should it ever be refused.
        if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} documents read {msg}") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress(bar)
    }

    /// One more document read.
    pub fn document_read(&self) {
        self.0.inc(1);
    }

    /// Reading is over: clear the spinner so only the report and errors remain.
    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}
