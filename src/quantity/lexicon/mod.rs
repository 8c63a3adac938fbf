//! Word lists, per language; only general words, never one story's names.

pub mod en;
