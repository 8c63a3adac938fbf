//! Consensus: a best estimate per group and source reliability.
