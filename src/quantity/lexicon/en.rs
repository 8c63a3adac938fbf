//! English word lists.
