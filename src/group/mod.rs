//! group stage.
