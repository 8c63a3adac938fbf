//! scan stage.
