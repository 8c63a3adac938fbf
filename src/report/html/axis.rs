//! One group's claims as interval bars on a shared axis, in inline SVG: a dot for an exact
//! figure, a bar for a range, an arrow for a side without a limit, a hollow end for a
//! bound not included. The axis is logarithmic when the figures span more than 20x.

use super::esc;
use crate::compare::describe_value;
use crate::report::ClaimRecord;
use std::fmt::Write;

/// Left and right ends of the bars, and where the labels start.
const X0: f64 = 56.0;
const X1: f64 = 660.0;
const LABEL_X: f64 = 684.0;
const WIDTH: f64 = 960.0;
const ROW: f64 = 24.0;
const TOP: f64 = 8.0;
/// Room under the bars for the tick labels.
const BOTTOM: f64 = 28.0;
const TICKS: usize = 5;

/// Maps values to x on a linear or logarithmic scale.
struct Scale {
    log: bool,
    lo: f64,
    hi: f64,
}

impl Scale {
    fn fit(claims: &[&ClaimRecord]) -> Option<Scale> {
        let values = claims
            .iter()
            .flat_map(|c| [c.value.low, c.value.high, Some(c.figure)])
            .flatten()
            .filter(|v| v.is_finite());
        let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        });
        if !lo.is_finite() || !hi.is_finite() {
            return None;
        }
        let log = lo > 0.0 && hi / lo > 20.0;
        let (mut a, mut b) = if log { (lo.ln(), hi.ln()) } else { (lo, hi) };
        let span = b - a;
        if span <= f64::EPSILON * a.abs().max(1.0) {
            let pad = (a.abs() * 0.2).max(1.0);
            a -= pad;
            b += pad;
        } else {
            a -= span * 0.08;
            b += span * 0.08;
        }
        if !log && lo >= 0.0 {
            a = a.max(0.0);
        }
        Some(Scale { log, lo: a, hi: b })
    }

    fn x(&self, v: f64) -> f64 {
        let t = if self.log {
            v.max(f64::MIN_POSITIVE).ln()
        } else {
            v
        };
        (X0 + (t - self.lo) / (self.hi - self.lo) * (X1 - X0)).clamp(X0, X1)
    }

    fn value_at(&self, i: usize) -> f64 {
        let t = self.lo + (self.hi - self.lo) * i as f64 / (TICKS - 1) as f64;
        if self.log {
            t.exp()
        } else {
            t
        }
    }
}

/// Draws `claims` (one `<g class="bar">` each) and the consensus point as a dashed line, with `class` naming each bar's kind and
/// `label` the outlet printed beside it. Nothing is drawn when no claim has a finite
/// value.
pub(super) fn draw(
    out: &mut String,
    claims: &[&ClaimRecord],
    consensus: Option<f64>,
    class: &dyn Fn(&ClaimRecord) -> &'static str,
    label: &dyn Fn(&ClaimRecord) -> String,
) {
    let Some(scale) = Scale::fit(claims) else {
        return;
    };
    let bars_bottom = TOP + ROW * claims.len() as f64;
    let height = bars_bottom + BOTTOM;
    let _ = writeln!(
        out,
        "<svg class=\"axis\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"the group's figures on one {} axis\">",
        if scale.log { "logarithmic" } else { "linear" }
    );
    if let Some(first) = claims.first() {
        for i in 0..TICKS {
            let v = scale.value_at(i);
            let x = scale.x(v);
            let _ = writeln!(
                out,
                "<g class=\"tick\"><line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{bars_bottom}\"/><text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text></g>",
                bars_bottom + 16.0,
                esc(&describe_value(round(v), first.dimension, &first.unit))
            );
        }
    }
    if let Some(x) = consensus.filter(|v| v.is_finite()).map(|v| scale.x(v)) {
        let _ = writeln!(
            out,
            "<line class=\"consensus\" x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{bars_bottom}\"><title>consensus</title></line>",
            TOP - 4.0
        );
    }
    for (i, c) in claims.iter().enumerate() {
        let y = TOP + ROW * i as f64 + ROW / 2.0;
        let _ = write!(
            out,
            "<g class=\"bar {}\" data-claim=\"{}\"><title>{}: {}</title>",
            class(c),
            esc(&c.id),
            esc(&c.id),
            esc(&c.text)
        );
        bar(out, &scale, c, y);
        let _ = writeln!(
            out,
            "<text x=\"{LABEL_X}\" y=\"{:.1}\">{} ({})</text></g>",
            y + 4.0,
            esc(&label(c)),
            esc(&c.id)
        );
    }
    out.push_str("</svg>\n");
}

/// The shape of one claim's interval at height `y`.
fn bar(out: &mut String, scale: &Scale, c: &ClaimRecord, y: f64) {
    let v = &c.value;
    let finite = |b: Option<f64>| b.filter(|x| x.is_finite());
    let (low, high) = (finite(v.low), finite(v.high));
    if let (Some(l), Some(h)) = (low, high) {
        if l == h {
            let _ = write!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"5\"/>",
                scale.x(l)
            );
            return;
        }
    }
    let xl = low.map_or(X0, |l| scale.x(l));
    let xh = high.map_or(X1, |h| scale.x(h));
    let _ = write!(
        out,
        "<rect x=\"{xl:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" rx=\"2\"/>",
        y - 4.0,
        (xh - xl).max(2.0)
    );
    match low {
        None => {
            let _ = write!(
                out,
                "<path d=\"M{:.1},{y:.1} L{X0:.1},{:.1} L{X0:.1},{:.1} Z\"/>",
                X0 - 10.0,
                y - 6.0,
                y + 6.0
            );
        }
        Some(_) if !v.low_inclusive => {
            let _ = write!(
                out,
                "<circle class=\"open\" cx=\"{xl:.1}\" cy=\"{y:.1}\" r=\"4\"/>"
            );
        }
        Some(_) => {}
    }
    match high {
        None => {
            let _ = write!(
                out,
                "<path d=\"M{:.1},{y:.1} L{X1:.1},{:.1} L{X1:.1},{:.1} Z\"/>",
                X1 + 10.0,
                y - 6.0,
                y + 6.0
            );
        }
        Some(_) if !v.high_inclusive => {
            let _ = write!(
                out,
                "<circle class=\"open\" cx=\"{xh:.1}\" cy=\"{y:.1}\" r=\"4\"/>"
            );
        }
        Some(_) => {}
    }
}

/// A tick's value rounded to two significant figures, so labels read `80`, not `79.38`.
fn round(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let p = 10f64.powi(v.abs().log10().floor() as i32 - 1);
    (v / p).round() * p
}
