//! One line for a bug, like every error a front end prints, instead of a backtrace notice.

/// Installs a panic hook that prints `error: internal error (a bug in crosscheck) at
/// FILE:LINE: MESSAGE; please report it ...` on one line of standard error. For programs
/// (the `crosscheck` command, the example) that print their errors as one line each; a
/// library user keeps whatever hook they set.
pub fn install_one_line_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "error: internal error (a bug in crosscheck){at}: {}; please report it with the input that caused it",
            msg.replace('\n', " ")
        );
    }));
}
